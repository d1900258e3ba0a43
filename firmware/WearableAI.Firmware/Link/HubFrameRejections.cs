using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// Counts of messages from the hub that the watch ignored, by reason: every
    /// <see cref="FrameError"/> of the codec, plus messages too large for the receive buffer and
    /// well-formed frames that do not belong where they arrived (wrong kind for the channel, a
    /// result for another device). Nothing is dropped without being counted.
    /// </summary>
    public sealed class HubFrameRejections
    {
        private const int CodecReasons = 16;
        private readonly int[] _byError = new int[CodecReasons];
        private int _oversized;
        private int _unexpected;
        private int _total;

        /// <summary>All ignored messages.</summary>
        public int Total
        {
            get { return _total; }
        }

        /// <summary>Messages larger than the receive buffer (<see cref="Hardware.LinkPoll.MessageTooLarge"/>).</summary>
        public int Oversized
        {
            get { return _oversized; }
        }

        /// <summary>Valid frames of a kind the channel does not carry, or addressed to another device.</summary>
        public int Unexpected
        {
            get { return _unexpected; }
        }

        /// <summary>Messages the codec rejected for <paramref name="reason"/>.</summary>
        /// <param name="reason">A decode error.</param>
        /// <returns>The count.</returns>
        public int Of(FrameError reason)
        {
            int index = (int)reason;
            return index >= 0 && index < CodecReasons ? _byError[index] : 0;
        }

        internal void CountDecodeError(FrameError reason)
        {
            int index = (int)reason;
            if (index >= 0 && index < CodecReasons)
            {
                _byError[index]++;
            }

            _total++;
        }

        internal void CountOversized()
        {
            _oversized++;
            _total++;
        }

        internal void CountUnexpected()
        {
            _unexpected++;
            _total++;
        }
    }
}
