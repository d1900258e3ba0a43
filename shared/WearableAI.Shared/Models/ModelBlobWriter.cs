using WearableAI.Shared.Audio;
using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;

namespace WearableAI.Shared.Models
{
    /// <summary>
    /// Serialises a <see cref="WatchModel"/> into the watch model blob (docs/model-blob.md).
    /// Used by the export tool and the tests; it writes what it is given without judging it
    /// (so that tests can build defective blobs) — <see cref="ModelBlobLoader"/> judges.
    /// </summary>
    public static class ModelBlobWriter
    {
        /// <summary>Builds the complete blob, header length and CRC included.</summary>
        /// <param name="model">The model; arrays must match the layer shapes.</param>
        /// <returns>The blob bytes.</returns>
        public static byte[] Write(WatchModel model)
        {
            byte[] blob = new byte[SizeOf(model)];
            BlobCursor w = new BlobCursor(blob, 0, blob.Length);
            w.WriteI32((int)ModelBlobFormat.Magic);
            w.WriteU16(ModelBlobFormat.Version);
            w.WriteU16(model.WakeScoreIsMargin ? ModelBlobFormat.FlagWakeMargin : 0);
            w.WriteI32(0); // total length, set by Seal
            w.WriteI32(0); // CRC, set by Seal
            w.WriteI32((int)model.ModelVersion);
            WriteSettings(w, model.Settings);

            w.WriteU8(model.Labels.Length);
            w.WriteU8(model.WakeLabelIndex);
            for (int i = 0; i < model.Labels.Length; i++)
            {
                string label = model.Labels[i];
                w.WriteU8(label.Length);
                for (int c = 0; c < label.Length; c++)
                {
                    w.WriteU8(label[c]);
                }
            }

            w.WriteU16(model.WakeThreshold);
            w.WriteU16(model.SmoothingFrames);
            w.WriteU16(model.RefractoryFrames);
            w.WriteU16(model.InputBands);
            w.WriteU16(model.InputStride);

            w.WriteU8(model.Layers.Length);
            for (int i = 0; i < model.Layers.Length; i++)
            {
                WriteLayer(w, model.Layers[i]);
            }

            Seal(blob);
            return blob;
        }

        /// <summary>
        /// Writes the total length (the array's length) and the CRC into the header of an
        /// existing blob — e.g. after a test edited a field on purpose.
        /// </summary>
        /// <param name="blob">A blob of at least <see cref="ModelBlobFormat.HeaderSize"/> bytes.</param>
        public static void Seal(byte[] blob)
        {
            BlobCursor length = new BlobCursor(blob, ModelBlobFormat.LengthOffset, blob.Length);
            length.WriteI32(blob.Length);
            uint crc = Crc32.Compute(blob, ModelBlobFormat.CrcStart, blob.Length - ModelBlobFormat.CrcStart);
            length.WriteI32((int)crc);
        }

        /// <summary>Size in bytes of the blob for <paramref name="model"/>.</summary>
        /// <param name="model">The model.</param>
        /// <returns>Bytes.</returns>
        public static int SizeOf(WatchModel model)
        {
            int size = ModelBlobFormat.HeaderSize + ModelBlobFormat.SettingsSize + 2;
            for (int i = 0; i < model.Labels.Length; i++)
            {
                size += 1 + model.Labels[i].Length;
            }

            size += 10 + 1;
            for (int i = 0; i < model.Layers.Length; i++)
            {
                QuantizedLayer layer = model.Layers[i];
                size += ModelBlobFormat.LayerHeaderSize + layer.Weights.Length + (4 * layer.Multipliers.Length) + layer.Shifts.Length + (4 * layer.Bias.Length);
            }

            return size;
        }

        private static void WriteSettings(BlobCursor w, FrontEndSettings s)
        {
            w.WriteI32(s.SampleRate);
            w.WriteI32(s.Decimation);
            w.WriteI32(s.WindowSize);
            w.WriteI32(s.HopSize);
            w.WriteI32(s.MelBands);
            w.WriteI32(s.LowHz);
            w.WriteI32(s.HighHz);
            w.WriteI32(s.LogScale);
            w.WriteI32(s.LogOffset);
            w.WriteU8(s.NoiseNormalization ? 1 : 0);
            w.WriteI32(s.NoiseSmoothingBits);
        }

        private static void WriteLayer(BlobCursor w, QuantizedLayer layer)
        {
            w.WriteU8((int)layer.Kind);
            w.WriteU16(layer.InChannels);
            w.WriteU16(layer.OutChannels);
            w.WriteU8(layer.KernelSize);
            w.WriteU8(layer.Stride);
            w.WriteU8(layer.Dilation);
            w.WriteU8(layer.InputZeroPoint);
            w.WriteU8(layer.OutputZeroPoint);
            w.WriteU8(layer.ActMin);
            w.WriteU8(layer.ActMax);
            for (int o = 0; o < layer.Multipliers.Length; o++)
            {
                w.WriteI32(layer.Multipliers[o]);
            }

            for (int o = 0; o < layer.Shifts.Length; o++)
            {
                w.WriteU8(layer.Shifts[o]);
            }

            for (int o = 0; o < layer.Bias.Length; o++)
            {
                w.WriteI32(layer.Bias[o]);
            }

            for (int i = 0; i < layer.Weights.Length; i++)
            {
                w.WriteU8(layer.Weights[i]);
            }
        }
    }
}
