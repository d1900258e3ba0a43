namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Watch → hub on the event topic every heartbeat interval (the only traffic while idle).
    /// Body: uptime u32, battery u8, free memory u32, offline-queue depth u16, dropped events u32.
    /// </summary>
    public sealed class HeartbeatFrame : Frame
    {
        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.Heartbeat; }
        }

        /// <summary>Seconds since boot.</summary>
        public uint UptimeSeconds { get; set; }

        /// <summary>Battery 0..100 %, or <see cref="ProtocolLimits.BatteryUnknown"/>.</summary>
        public byte BatteryPercent { get; set; } = ProtocolLimits.BatteryUnknown;

        /// <summary>Free managed heap in bytes.</summary>
        public uint FreeMemoryBytes { get; set; }

        /// <summary>Frames waiting in the offline queue to be sent.</summary>
        public ushort OfflineQueueDepth { get; set; }

        /// <summary>Events dropped since boot.</summary>
        public uint DroppedEvents { get; set; }

        internal override int BodyLength
        {
            get { return 15; }
        }

        internal override FrameError ValidateBody()
        {
            return FieldChecks.IsBattery(BatteryPercent) ? FrameError.None : FrameError.FieldOutOfRange;
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteUInt32(UptimeSeconds);
            writer.WriteByte(BatteryPercent);
            writer.WriteUInt32(FreeMemoryBytes);
            writer.WriteUInt16(OfflineQueueDepth);
            writer.WriteUInt32(DroppedEvents);
        }

        internal override void ReadBody(FrameReader reader)
        {
            UptimeSeconds = reader.ReadUInt32();
            BatteryPercent = reader.ReadByte();
            FreeMemoryBytes = reader.ReadUInt32();
            OfflineQueueDepth = reader.ReadUInt16();
            DroppedEvents = reader.ReadUInt32();
        }
    }
}
