namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Either direction (watch → hub on the event topic, hub → watch on the result topic):
    /// something went wrong. Body: code u16, related sequence u32, message string (≤ 64).
    /// </summary>
    public sealed class ErrorFrame : Frame
    {
        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.Error; }
        }

        /// <summary>What went wrong; codes unknown to this version are kept as received.</summary>
        public ErrorCode Code { get; set; }

        /// <summary>Sequence number of the frame that caused it; 0 when none.</summary>
        public uint RelatedSequence { get; set; }

        /// <summary>Short text for logs, 0..64 printable ASCII characters.</summary>
        public string Message { get; set; } = string.Empty;

        internal override int BodyLength
        {
            get { return 6 + 1 + Message.Length; }
        }

        internal override FrameError ValidateBody()
        {
            return FieldChecks.CheckText(Message, 0, ProtocolLimits.MaxErrorMessageLength);
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteUInt16((ushort)Code);
            writer.WriteUInt32(RelatedSequence);
            writer.WriteString(Message);
        }

        internal override void ReadBody(FrameReader reader)
        {
            Code = (ErrorCode)reader.ReadUInt16();
            RelatedSequence = reader.ReadUInt32();
            Message = reader.ReadString(ProtocolLimits.MaxErrorMessageLength);
        }
    }
}
