namespace WearableAI.Shared.Models
{
    /// <summary>Constants of the watch model blob layout (docs/model-blob.md). All integers little-endian.</summary>
    public static class ModelBlobFormat
    {
        /// <summary>Magic bytes "WAIM" at offset 0.</summary>
        public const uint Magic = 0x4D494157; // 'W' 'A' 'I' 'M' read as a little-endian uint32

        /// <summary>The format version this code writes and reads.</summary>
        public const int Version = 1;

        /// <summary>Offset of the uint16 format version.</summary>
        public const int VersionOffset = 4;

        /// <summary>Offset of the uint16 flags (<see cref="FlagWakeMargin"/>; every other bit reserved, must be 0).</summary>
        public const int FlagsOffset = 6;

        /// <summary>Flag bit 0: the wake score is the wake logit minus the largest other logit (<see cref="WatchModel.WakeScoreIsMargin"/>).</summary>
        public const int FlagWakeMargin = 0x0001;

        /// <summary>Every flag bit this code understands.</summary>
        public const int KnownFlags = FlagWakeMargin;

        /// <summary>Offset of the uint32 total length of the blob in bytes.</summary>
        public const int LengthOffset = 8;

        /// <summary>Offset of the uint32 CRC-32 over every byte after it.</summary>
        public const int CrcOffset = 12;

        /// <summary>First byte covered by the CRC.</summary>
        public const int CrcStart = 16;

        /// <summary>Offset of the uint32 model version.</summary>
        public const int ModelVersionOffset = 16;

        /// <summary>Bytes of the fixed header (magic … model version).</summary>
        public const int HeaderSize = 20;

        /// <summary>Bytes of the front-end settings section.</summary>
        public const int SettingsSize = 41;

        /// <summary>Bytes of a layer's fixed part (kind … act max) before its arrays.</summary>
        public const int LayerHeaderSize = 12;

        /// <summary>Bytes per output channel of bias (4), multiplier (4) and shift (1).</summary>
        public const int BytesPerChannel = 9;
    }
}
