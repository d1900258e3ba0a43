namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Hub → watch on the retained config topic: the device's settings, applied on receipt.
    /// Body: wake threshold i16 (Q15), refractory u16 (ms), options u8 (bit 0 raise-to-speak, others reserved),
    /// heartbeat interval u16 (s), expected model version u32, group id string.
    /// </summary>
    public sealed class DeviceConfigFrame : Frame
    {
        private const byte RaiseToSpeakFlag = 0x01;

        // Bit 0 is raise-to-speak; the other bits are reserved and kept as received, so that a
        // newer hub's options survive a round trip through this version.
        private byte _options;

        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.DeviceConfig; }
        }

        /// <summary>Tiny-model score (Q15 0..32767) at or above which a wake candidate is sent.</summary>
        public short WakeThreshold { get; set; }

        /// <summary>After a wake candidate, no new one for this many milliseconds.</summary>
        public ushort RefractoryMs { get; set; }

        /// <summary>When true, audio is only analysed after a wrist raise.</summary>
        public bool RaiseToSpeak
        {
            get { return (_options & RaiseToSpeakFlag) != 0; }
            set { _options = value ? (byte)(_options | RaiseToSpeakFlag) : (byte)(_options & ~RaiseToSpeakFlag); }
        }

        /// <summary>Seconds between heartbeats, 1..65535.</summary>
        public ushort HeartbeatIntervalSeconds { get; set; } = 60;

        /// <summary>The model version the device should run; 0 = whatever it has.</summary>
        public uint ExpectedModelVersion { get; set; }

        /// <summary>The user's group (fan-out topic); a valid id, or empty for none.</summary>
        public string GroupId { get; set; } = string.Empty;

        internal override int BodyLength
        {
            get { return 11 + 1 + GroupId.Length; }
        }

        internal override FrameError ValidateBody()
        {
            if (!FieldChecks.IsQ15Probability(WakeThreshold) || HeartbeatIntervalSeconds == 0)
            {
                return FrameError.FieldOutOfRange;
            }

            return FieldChecks.CheckId(GroupId, true);
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteInt16(WakeThreshold);
            writer.WriteUInt16(RefractoryMs);
            writer.WriteByte(_options);
            writer.WriteUInt16(HeartbeatIntervalSeconds);
            writer.WriteUInt32(ExpectedModelVersion);
            writer.WriteString(GroupId);
        }

        internal override void ReadBody(FrameReader reader)
        {
            WakeThreshold = reader.ReadInt16();
            RefractoryMs = reader.ReadUInt16();
            _options = reader.ReadByte();
            HeartbeatIntervalSeconds = reader.ReadUInt16();
            ExpectedModelVersion = reader.ReadUInt32();
            GroupId = reader.ReadString(ProtocolLimits.MaxIdLength);
        }
    }
}
