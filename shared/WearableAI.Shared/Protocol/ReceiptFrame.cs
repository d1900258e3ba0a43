namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Hub → watch on the device's result topic: the hub stored and handled the event frame named by
    /// <see cref="ReplyToSequence"/> — the end-to-end receipt for events that get no Result (Hello, Gesture, ModelAck,
    /// Error). A watch keeps such an event and sends it again until its receipt arrives (docs/protocol.md, "Receipts").
    /// Body: reply-to sequence u32 (not 0).
    /// </summary>
    public sealed class ReceiptFrame : Frame
    {
        /// <inheritdoc/>
        public override FrameKind Kind
        {
            get { return FrameKind.Receipt; }
        }

        /// <summary>
        /// True for the kinds the hub receipts: Hello, Gesture, ModelAck and Error. Wake candidates and commands are
        /// answered by their Result; Status and Heartbeat are snapshots the next one replaces.
        /// </summary>
        /// <param name="kind">A frame kind.</param>
        /// <returns>True when a frame of this kind gets a receipt.</returns>
        public static bool IsReceipted(FrameKind kind)
        {
            return kind == FrameKind.Hello || kind == FrameKind.Gesture || kind == FrameKind.ModelAck || kind == FrameKind.Error;
        }

        /// <summary>Sequence of the watch's event that was stored; 1..2^32−1.</summary>
        public uint ReplyToSequence { get; set; }

        internal override int BodyLength
        {
            get { return 4; }
        }

        internal override FrameError ValidateBody()
        {
            return ReplyToSequence == 0 ? FrameError.FieldOutOfRange : FrameError.None;
        }

        internal override void WriteBody(FrameWriter writer)
        {
            writer.WriteUInt32(ReplyToSequence);
        }

        internal override void ReadBody(FrameReader reader)
        {
            ReplyToSequence = reader.ReadUInt32();
        }
    }
}
