namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Watch → hub on the event topic: progress or outcome of a model rollout. The next
    /// expected offset makes rollouts resumable after a disconnect.
    /// Body: model version u32, status u8, next expected offset u32.
    /// </summary>
    public sealed class ModelAckFrame : Frame
    {
        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.ModelAck; }
        }

        /// <summary>Version of the model the ack is about.</summary>
        public uint ModelVersion { get; set; }

        /// <summary>What happened.</summary>
        public ModelAckStatus Status { get; set; } = ModelAckStatus.ChunkOk;

        /// <summary>The blob offset the watch wants next (= bytes stored so far; the total size once complete).</summary>
        public uint NextOffset { get; set; }

        internal override int BodyLength
        {
            get { return 9; }
        }

        internal override FrameError ValidateBody()
        {
            return Status < ModelAckStatus.ChunkOk || Status > ModelAckStatus.OutOfOrder
                ? FrameError.FieldOutOfRange
                : FrameError.None;
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteUInt32(ModelVersion);
            writer.WriteByte((byte)Status);
            writer.WriteUInt32(NextOffset);
        }

        internal override void ReadBody(FrameReader reader)
        {
            ModelVersion = reader.ReadUInt32();
            Status = (ModelAckStatus)reader.ReadByte();
            NextOffset = reader.ReadUInt32();
        }
    }
}
