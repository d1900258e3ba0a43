using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// Numbers, stamps and encodes the watch's frames into one preallocated transmit buffer, then sends
    /// them through the <see cref="LinkSupervisor"/> (queued while offline) or straight to the transport.
    /// </summary>
    /// <remarks>Sequence numbers start at 1, go up by one per frame and skip 0 when they wrap; the
    /// timestamp is the clock's Unix time (0 while unknown).</remarks>
    public sealed class OutgoingFrames
    {
        private readonly IMessageLink _link;
        private readonly LinkSupervisor _supervisor;
        private readonly IClock _clock;
        private readonly byte[] _tx = new byte[FrameCodec.MaxFrameSize];
        private uint _nextSequence = 1;

        /// <summary>Allocates the transmit buffer.</summary>
        /// <param name="link">The transport, for frames that are never queued.</param>
        /// <param name="supervisor">Send-or-queue for events.</param>
        /// <param name="clock">Unix time for timestamps.</param>
        public OutgoingFrames(IMessageLink link, LinkSupervisor supervisor, IClock clock)
        {
            _link = link;
            _supervisor = supervisor;
            _clock = clock;
        }

        /// <summary>The sequence number the next frame will carry.</summary>
        public uint NextSequence
        {
            get { return _nextSequence; }
        }

        /// <summary>Continues numbering after <paramref name="sequence"/> (a frame numbered elsewhere, e.g. the 7-bit will).</summary>
        /// <param name="sequence">The sequence number that was used.</param>
        public void ContinueAfter(uint sequence)
        {
            _nextSequence = sequence == uint.MaxValue ? 1 : sequence + 1;
        }

        /// <summary>The transmit buffer; holds the frame last encoded by <see cref="Encode"/>.</summary>
        public byte[] Buffer
        {
            get { return _tx; }
        }

        /// <summary>Gives the frame the next sequence number and the time, and encodes it into <see cref="Buffer"/>.</summary>
        /// <param name="frame">The frame.</param>
        /// <returns>Encoded length in bytes.</returns>
        public int Encode(Frame frame)
        {
            uint sequence = _nextSequence;
            _nextSequence = _nextSequence == uint.MaxValue ? 1 : _nextSequence + 1;
            frame.Sequence = sequence;
            long unix = _clock.UnixTimeMs;
            frame.TimestampMs = unix < 0 ? 0 : unix;
            return FrameCodec.Encode(frame, _tx, 0);
        }

        /// <summary>Encodes and sends now, or queues while offline.</summary>
        /// <param name="channel">Where it goes.</param>
        /// <param name="frame">The frame.</param>
        /// <returns>The frame's sequence number.</returns>
        public uint Send(LinkChannel channel, Frame frame)
        {
            int length = Encode(frame);
            _supervisor.Send(channel, _tx, 0, length);
            return frame.Sequence;
        }

        /// <summary>Encodes and publishes straight to the transport (never queued: Status, Hello, Heartbeat).</summary>
        /// <param name="channel">Where it goes.</param>
        /// <param name="frame">The frame.</param>
        /// <returns>True when the transport took it.</returns>
        public bool PublishDirect(LinkChannel channel, Frame frame)
        {
            int length = Encode(frame);
            return _link.Publish(channel, _tx, 0, length);
        }
    }
}
