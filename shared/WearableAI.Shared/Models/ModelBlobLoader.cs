using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;

namespace WearableAI.Shared.Models
{
    /// <summary>
    /// Reads and validates a watch model blob. Never throws on bad input: every defect is
    /// reported as a <see cref="ModelBlobError"/> with a sentence. Nothing is allocated from
    /// a size in the blob before that size has been checked against the limits and against
    /// the bytes actually present.
    /// </summary>
    /// <remarks>
    /// Order of checks: header (size, magic, version, flags, length, CRC), then the sections
    /// in file order (settings, vocabulary, thresholds, input, layers), then trailing bytes.
    /// docs/model-blob.md lists every check.
    /// </remarks>
    public static class ModelBlobLoader
    {
        /// <summary>Validates and loads a blob.</summary>
        /// <param name="data">Buffer holding the blob.</param>
        /// <param name="offset">Index of the blob's first byte.</param>
        /// <param name="count">Bytes received.</param>
        /// <returns>The model, or the reason it was refused.</returns>
        public static ModelBlobLoadResult Load(byte[]? data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset > data.Length || count > data.Length - offset)
            {
                return Fail(ModelBlobError.TooShort, "no blob data (or a range outside the buffer)");
            }

            if (count < ModelBlobFormat.HeaderSize)
            {
                return Fail(ModelBlobError.TooShort, "blob has " + count.ToString() + " bytes, fewer than the " + ModelBlobFormat.HeaderSize.ToString() + "-byte header");
            }

            int end = offset + count;
            BlobCursor r = new BlobCursor(data, offset, end);
            if (r.ReadU32() != ModelBlobFormat.Magic)
            {
                return Fail(ModelBlobError.BadMagic, "blob does not start with \"WAIM\"");
            }

            int version = r.ReadU16();
            if (version != ModelBlobFormat.Version)
            {
                return Fail(ModelBlobError.UnsupportedVersion, "blob format version " + version.ToString() + " is not supported (expected " + ModelBlobFormat.Version.ToString() + ")");
            }

            int flags = r.ReadU16();
            if ((flags & ~ModelBlobFormat.KnownFlags) != 0)
            {
                return Fail(ModelBlobError.UnsupportedFlags, "blob sets reserved flag bits 0x" + (flags & ~ModelBlobFormat.KnownFlags).ToString("X4"));
            }

            uint declared = r.ReadU32();
            if (declared != (uint)count)
            {
                return Fail(ModelBlobError.LengthMismatch, "header says " + declared.ToString() + " bytes but " + count.ToString() + " were received");
            }

            uint crc = r.ReadU32();
            uint actual = Crc32.Compute(data, offset + ModelBlobFormat.CrcStart, count - ModelBlobFormat.CrcStart);
            if (crc != actual)
            {
                return Fail(ModelBlobError.CrcMismatch, "CRC-32 mismatch: header 0x" + crc.ToString("X8") + ", computed 0x" + actual.ToString("X8"));
            }

            WatchModel model = new WatchModel();
            model.WakeScoreIsMargin = (flags & ModelBlobFormat.FlagWakeMargin) != 0;
            model.ModelVersion = r.ReadU32();
            ModelBlobLoadResult? failure = ReadSettings(r, model);
            if (failure == null)
            {
                failure = ReadVocabulary(r, model);
            }

            if (failure == null)
            {
                failure = ReadThresholdsAndInput(r, model);
            }

            if (failure == null)
            {
                failure = LayerSectionReader.Read(r, model);
            }

            if (failure != null)
            {
                return failure;
            }

            if (r.Remaining != 0)
            {
                return Fail(ModelBlobError.TrailingBytes, r.Remaining.ToString() + " bytes left after the last layer");
            }

            return new ModelBlobLoadResult(model, ModelBlobError.None, "ok");
        }

        /// <summary>Validates and loads a blob that fills the whole array.</summary>
        /// <param name="data">The blob.</param>
        /// <returns>The model, or the reason it was refused.</returns>
        public static ModelBlobLoadResult Load(byte[]? data)
        {
            return Load(data, 0, data == null ? 0 : data.Length);
        }

        internal static ModelBlobLoadResult Fail(ModelBlobError error, string message)
        {
            return new ModelBlobLoadResult(null, error, message);
        }

        internal static ModelBlobLoadResult Truncated(string section)
        {
            return Fail(ModelBlobError.TruncatedSection, "the " + section + " section runs past the end of the blob");
        }

        private static ModelBlobLoadResult? ReadSettings(BlobCursor r, WatchModel model)
        {
            if (!r.Has(ModelBlobFormat.SettingsSize))
            {
                return Truncated("front-end settings");
            }

            FrontEndSettings s = new FrontEndSettings();
            s.SampleRate = r.ReadI32();
            s.Decimation = r.ReadI32();
            s.WindowSize = r.ReadI32();
            s.HopSize = r.ReadI32();
            s.MelBands = r.ReadI32();
            s.LowHz = r.ReadI32();
            s.HighHz = r.ReadI32();
            s.LogScale = r.ReadI32();
            s.LogOffset = r.ReadI32();
            int noise = r.ReadU8();
            s.NoiseNormalization = noise == 1;
            s.NoiseSmoothingBits = r.ReadI32();
            if (noise > 1)
            {
                return Fail(ModelBlobError.SettingsInvalid, "front-end settings invalid: NoiseNormalization must be 0 or 1");
            }

            string? problem = s.Validate();
            if (problem != null)
            {
                return Fail(ModelBlobError.SettingsInvalid, "front-end settings invalid: " + problem);
            }

            model.Settings = s;
            return null;
        }

        private static ModelBlobLoadResult? ReadVocabulary(BlobCursor r, WatchModel model)
        {
            int count = r.ReadU8();
            int wake = r.ReadU8();
            if (r.Overrun)
            {
                return Truncated("vocabulary");
            }

            if (count > ModelLimits.MaxLabels)
            {
                return Fail(ModelBlobError.TooManyLabels, count.ToString() + " labels, at most " + ModelLimits.MaxLabels.ToString() + " allowed");
            }

            string[] labels = new string[count];
            char[] buffer = new char[ModelLimits.MaxLabelLength];
            for (int i = 0; i < count; i++)
            {
                int length = r.ReadU8();
                if (r.Overrun || !r.Has(length))
                {
                    return Truncated("vocabulary");
                }

                if (length == 0 || length > ModelLimits.MaxLabelLength)
                {
                    return Fail(ModelBlobError.BadLabel, "label " + i.ToString() + " has " + length.ToString() + " characters, expected 1.." + ModelLimits.MaxLabelLength.ToString());
                }

                for (int c = 0; c < length; c++)
                {
                    int b = r.ReadU8();
                    if (b < 0x21 || b > 0x7E)
                    {
                        return Fail(ModelBlobError.NonAsciiLabel, "label " + i.ToString() + " contains byte 0x" + b.ToString("X2") + ", not printable ASCII");
                    }

                    buffer[c] = (char)b;
                }

                labels[i] = new string(buffer, 0, length);
                for (int k = 0; k < i; k++)
                {
                    if (labels[k] == labels[i])
                    {
                        return Fail(ModelBlobError.BadLabel, "label \"" + labels[i] + "\" appears twice");
                    }
                }
            }

            if (wake >= count)
            {
                return Fail(ModelBlobError.BadWakeLabel, "wake label index " + wake.ToString() + " is not one of the " + count.ToString() + " labels");
            }

            model.Labels = labels;
            model.WakeLabelIndex = wake;
            return null;
        }

        private static ModelBlobLoadResult? ReadThresholdsAndInput(BlobCursor r, WatchModel model)
        {
            if (!r.Has(10))
            {
                return Truncated("thresholds and input");
            }

            model.WakeThreshold = r.ReadI16();
            model.SmoothingFrames = r.ReadU16();
            model.RefractoryFrames = r.ReadU16();
            model.InputBands = r.ReadU16();
            model.InputStride = r.ReadU16();
            if (model.WakeThreshold < -128 || model.WakeThreshold > 127)
            {
                return Fail(ModelBlobError.BadThresholds, "wake threshold " + model.WakeThreshold.ToString() + " is outside the int8 logit range");
            }

            if (model.SmoothingFrames < 1 || model.SmoothingFrames > ModelLimits.MaxSmoothingFrames)
            {
                return Fail(ModelBlobError.BadThresholds, "smoothing window " + model.SmoothingFrames.ToString() + " frames, expected 1.." + ModelLimits.MaxSmoothingFrames.ToString());
            }

            if (model.InputBands != model.Settings.MelBands)
            {
                return Fail(ModelBlobError.BadInputShape, "model input has " + model.InputBands.ToString() + " bands but the front end makes " + model.Settings.MelBands.ToString());
            }

            if (model.InputStride < 1 || model.InputStride > ModelLimits.MaxInputStride)
            {
                return Fail(ModelBlobError.BadInputShape, "input stride " + model.InputStride.ToString() + ", expected 1.." + ModelLimits.MaxInputStride.ToString());
            }

            return null;
        }
    }
}
