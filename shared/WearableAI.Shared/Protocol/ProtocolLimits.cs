namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// The documented ranges of frame fields (docs/protocol.md), in one place for the
    /// encoder, the decoder, the tests and anyone sizing buffers.
    /// </summary>
    public static class ProtocolLimits
    {
        /// <summary>Longest device or group id, in characters of [a-z0-9_-].</summary>
        public const int MaxIdLength = 32;

        /// <summary>Longest board name and firmware version string in a Hello frame.</summary>
        public const int MaxNameLength = 32;

        /// <summary>Longest result label ("stop", "hey_nano", …).</summary>
        public const int MaxLabelLength = 32;

        /// <summary>Longest message of an Error frame.</summary>
        public const int MaxErrorMessageLength = 64;

        /// <summary>Battery value meaning "not known"; known values are 0..100.</summary>
        public const byte BatteryUnknown = 255;

        /// <summary>Largest Q15 value (≈ 1.0) of scores, confidences and thresholds; they are never negative.</summary>
        public const short Q15One = 32767;

        /// <summary>Fewest / most mel bands per feature frame.</summary>
        public const int MinBands = 1;

        /// <summary>Most mel bands per feature frame.</summary>
        public const int MaxBands = 64;

        /// <summary>Fewest feature frames in a wake candidate or command.</summary>
        public const int MinFeatureFrames = 1;

        /// <summary>Most feature frames in a wake candidate or command (96 × 32 ms ≈ 3 s).</summary>
        public const int MaxFeatureFrames = 96;

        /// <summary>Most int8 features (frames × bands) in one frame; keeps a wake candidate under 4 KB.</summary>
        public const int MaxFeatures = 3072;

        /// <summary>Most blob bytes in one ModelChunk frame.</summary>
        public const int MaxChunkLength = 2048;
    }
}
