namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Watch → hub on the event topic, first frame after every (re)connect: what the device
    /// is and what it can do, so that the hub can adapt thresholds and work to it.
    /// Body: capabilities u8, battery u8, model version u32, free memory u32, op budget u32,
    /// board name string, firmware version string (docs/protocol.md).
    /// </summary>
    public sealed class HelloFrame : Frame
    {
        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.Hello; }
        }

        /// <summary>Board name, 1..32 printable ASCII characters (e.g. "esp32-s3-devkitc").</summary>
        public string BoardName { get; set; } = string.Empty;

        /// <summary>Firmware version, 1..32 printable ASCII characters (e.g. "0.3.1").</summary>
        public string FirmwareVersion { get; set; } = string.Empty;

        /// <summary>Version of the active tiny model; 0 when none is installed.</summary>
        public uint ModelVersion { get; set; }

        /// <summary>The hardware present. Bits unknown to this version are kept as received.</summary>
        public DeviceCapabilities Capabilities { get; set; }

        /// <summary>Free managed heap in bytes.</summary>
        public uint FreeMemoryBytes { get; set; }

        /// <summary>Counted primitive ops per second the device can spend on recognition.</summary>
        public uint OpBudgetPerSecond { get; set; }

        /// <summary>Battery 0..100 %, or <see cref="ProtocolLimits.BatteryUnknown"/>.</summary>
        public byte BatteryPercent { get; set; } = ProtocolLimits.BatteryUnknown;

        internal override int BodyLength
        {
            get { return 14 + 1 + BoardName.Length + 1 + FirmwareVersion.Length; }
        }

        internal override FrameError ValidateBody()
        {
            FrameError error = FieldChecks.CheckText(BoardName, 1, ProtocolLimits.MaxNameLength);
            error = FieldChecks.First(error, FieldChecks.CheckText(FirmwareVersion, 1, ProtocolLimits.MaxNameLength));
            if (error == FrameError.None && !FieldChecks.IsBattery(BatteryPercent))
            {
                error = FrameError.FieldOutOfRange;
            }

            return error;
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteByte((byte)Capabilities);
            writer.WriteByte(BatteryPercent);
            writer.WriteUInt32(ModelVersion);
            writer.WriteUInt32(FreeMemoryBytes);
            writer.WriteUInt32(OpBudgetPerSecond);
            writer.WriteString(BoardName);
            writer.WriteString(FirmwareVersion);
        }

        internal override void ReadBody(FrameReader reader)
        {
            Capabilities = (DeviceCapabilities)reader.ReadByte();
            BatteryPercent = reader.ReadByte();
            ModelVersion = reader.ReadUInt32();
            FreeMemoryBytes = reader.ReadUInt32();
            OpBudgetPerSecond = reader.ReadUInt32();
            BoardName = reader.ReadString(ProtocolLimits.MaxNameLength);
            FirmwareVersion = reader.ReadString(ProtocolLimits.MaxNameLength);
        }
    }
}
