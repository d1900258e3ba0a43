namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// The int8 feature matrix shared by WakeCandidate and CommandFeatures: band count (u8),
    /// frame count (u8), then frames × bands int8 values, frame-major (all bands of frame 0,
    /// then frame 1, …), exactly as the front end produces them.
    /// </summary>
    internal static class FeatureBlock
    {
        /// <summary>Checks a shape against the limits in <see cref="ProtocolLimits"/>.</summary>
        /// <param name="bands">Bands per frame.</param>
        /// <param name="frames">Number of frames.</param>
        /// <returns><see cref="FrameError.None"/> or <see cref="FrameError.FieldOutOfRange"/>.</returns>
        public static FrameError CheckShape(int bands, int frames)
        {
            if (bands < ProtocolLimits.MinBands || bands > ProtocolLimits.MaxBands
                || frames < ProtocolLimits.MinFeatureFrames || frames > ProtocolLimits.MaxFeatureFrames
                || bands * frames > ProtocolLimits.MaxFeatures)
            {
                return FrameError.FieldOutOfRange;
            }

            return FrameError.None;
        }

        /// <summary>Checks the shape and that <paramref name="features"/> holds at least frames × bands values.</summary>
        /// <param name="bands">Bands per frame.</param>
        /// <param name="frames">Number of frames.</param>
        /// <param name="features">The values.</param>
        /// <returns><see cref="FrameError.None"/> or <see cref="FrameError.FieldOutOfRange"/>.</returns>
        public static FrameError Check(int bands, int frames, sbyte[] features)
        {
            FrameError shape = CheckShape(bands, frames);
            if (shape != FrameError.None)
            {
                return shape;
            }

            return features != null && features.Length >= bands * frames ? FrameError.None : FrameError.FieldOutOfRange;
        }

        /// <summary>Bytes the block takes on the wire.</summary>
        /// <param name="bands">Bands per frame.</param>
        /// <param name="frames">Number of frames.</param>
        /// <returns>2 + frames × bands.</returns>
        public static int Length(int bands, int frames)
        {
            return 2 + (bands * frames);
        }

        /// <summary>Writes the counts and the first frames × bands values.</summary>
        /// <param name="writer">The output.</param>
        /// <param name="bands">Bands per frame.</param>
        /// <param name="frames">Number of frames.</param>
        /// <param name="features">The values.</param>
        public static void Write(FrameWriter writer, int bands, int frames, sbyte[] features)
        {
            writer.WriteByte((byte)bands);
            writer.WriteByte((byte)frames);
            writer.WriteFeatures(features, bands * frames);
        }

        /// <summary>Reads the counts, checks them, then reads exactly frames × bands values.</summary>
        /// <param name="reader">The input.</param>
        /// <param name="bands">Bands per frame as read.</param>
        /// <param name="frames">Number of frames as read.</param>
        /// <returns>The values (empty after a problem, recorded in the reader).</returns>
        public static sbyte[] Read(FrameReader reader, out int bands, out int frames)
        {
            bands = reader.ReadByte();
            frames = reader.ReadByte();
            if (reader.Error == FrameError.None && CheckShape(bands, frames) != FrameError.None)
            {
                reader.Fail(FrameError.FieldOutOfRange);
            }

            if (reader.Error != FrameError.None)
            {
                return new sbyte[0];
            }

            return reader.ReadFeatures(bands * frames);
        }
    }
}
