namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// A message on the wire: the header fields every kind has, plus the kind's own body
    /// (the derived class). <see cref="FrameCodec"/> turns frames into bytes and back.
    /// </summary>
    /// <remarks>
    /// The set of kinds is closed (the body members are internal); docs/protocol.md
    /// describes every body byte by byte. Instances are plain data, not thread-safe; a
    /// sender may reuse one instance for every frame of its kind to avoid allocation.
    /// </remarks>
    public abstract class Frame
    {
        /// <summary>Which message this is (header byte 1).</summary>
        public abstract FrameKind Kind { get; }

        /// <summary>
        /// The sender's sequence number, increasing by one per frame it sends to this peer
        /// (wrapping at 2^32), starting at 1. With the device id of the topic it identifies the frame:
        /// replies quote it. Reply fields use 0 for "none"; the codec itself accepts any value.
        /// </summary>
        public uint Sequence { get; set; }

        /// <summary>When the frame was created, Unix time in milliseconds; 0 if the sender has no clock yet. Never negative.</summary>
        public long TimestampMs { get; set; }

        /// <summary>Header flags (byte 2). Reserved in version 1: senders write 0, receivers keep but ignore the value.</summary>
        public byte Flags { get; set; }

        /// <summary>Number of body bytes this frame encodes to (valid only when <see cref="ValidateBody"/> passes).</summary>
        internal abstract int BodyLength { get; }

        /// <summary>Checks every body field against its documented range.</summary>
        /// <returns><see cref="FrameError.None"/> or the first violated rule.</returns>
        internal abstract FrameError ValidateBody();

        /// <summary>Writes the body; the fields were validated and the space checked.</summary>
        /// <param name="writer">Cursor into the output buffer.</param>
        internal abstract void WriteBody(FrameWriter writer);

        /// <summary>Reads the body; the reader records the first problem (overrun, bad string, count out of range).</summary>
        /// <param name="reader">Cursor over the payload only.</param>
        internal abstract void ReadBody(FrameReader reader);
    }
}
