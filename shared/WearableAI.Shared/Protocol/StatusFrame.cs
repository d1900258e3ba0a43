namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Watch → hub on the retained status topic: whether the device is online and how it is
    /// doing. The offline variant, encoded at connect time, is the MQTT last will.
    /// Body: online u8, battery u8, pipeline state u8, free memory u32, model version u32,
    /// dropped events u32 (docs/protocol.md).
    /// </summary>
    public sealed class StatusFrame : Frame
    {
        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.Status; }
        }

        /// <summary>True while connected; false in the last will and in a clean goodbye.</summary>
        public bool Online { get; set; }

        /// <summary>Battery 0..100 %, or <see cref="ProtocolLimits.BatteryUnknown"/>.</summary>
        public byte BatteryPercent { get; set; } = ProtocolLimits.BatteryUnknown;

        /// <summary>What the recognition pipeline is doing.</summary>
        public PipelineState PipelineState { get; set; } = PipelineState.Starting;

        /// <summary>Free managed heap in bytes.</summary>
        public uint FreeMemoryBytes { get; set; }

        /// <summary>Version of the active tiny model; 0 when none is installed.</summary>
        public uint ModelVersion { get; set; }

        /// <summary>Events dropped since boot (offline queue full, send failures).</summary>
        public uint DroppedEvents { get; set; }

        internal override int BodyLength
        {
            get { return 15; }
        }

        internal override FrameError ValidateBody()
        {
            if (!FieldChecks.IsBattery(BatteryPercent)
                || PipelineState < PipelineState.Starting || PipelineState > PipelineState.Faulted)
            {
                return FrameError.FieldOutOfRange;
            }

            return FrameError.None;
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteByte(Online ? (byte)1 : (byte)0);
            writer.WriteByte(BatteryPercent);
            writer.WriteByte((byte)PipelineState);
            writer.WriteUInt32(FreeMemoryBytes);
            writer.WriteUInt32(ModelVersion);
            writer.WriteUInt32(DroppedEvents);
        }

        internal override void ReadBody(FrameReader reader)
        {
            byte online = reader.ReadByte();
            if (online > 1)
            {
                reader.Fail(FrameError.FieldOutOfRange);
            }

            Online = online == 1;
            BatteryPercent = reader.ReadByte();
            PipelineState = (PipelineState)reader.ReadByte();
            FreeMemoryBytes = reader.ReadUInt32();
            ModelVersion = reader.ReadUInt32();
            DroppedEvents = reader.ReadUInt32();
        }
    }
}
