using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// Keeps the hub link alive and the uplink ordered: sends straight through while connected,
    /// queues in an <see cref="OfflineQueue"/> while not, reconnects on a <see cref="Backoff"/>
    /// schedule, and drains the queue oldest-first once connected again.
    /// </summary>
    /// <remarks>
    /// Driven by the main loop: call <see cref="Service"/> every loop turn; it never blocks
    /// longer than one <see cref="IMessageLink.Connect"/> attempt and never allocates. Messages
    /// always leave in the order they were sent: while anything is queued, new messages queue too.
    /// </remarks>
    public sealed class LinkSupervisor
    {
        private readonly IMessageLink _link;
        private readonly OfflineQueue _queue;
        private readonly Backoff _backoff;
        private readonly IClock _clock;
        private readonly byte[] _sendBuffer;
        private long _nextAttemptMs;
        private int _connectAttempts;

        /// <summary>Wires the supervisor; it owns none of its arguments.</summary>
        /// <param name="link">The hub link.</param>
        /// <param name="queue">Where messages wait while the link is down.</param>
        /// <param name="backoff">Reconnect pacing.</param>
        /// <param name="clock">Monotonic time for the pacing.</param>
        public LinkSupervisor(IMessageLink link, OfflineQueue queue, Backoff backoff, IClock clock)
        {
            _link = link ?? throw new System.ArgumentNullException(nameof(link));
            _queue = queue ?? throw new System.ArgumentNullException(nameof(queue));
            _backoff = backoff ?? throw new System.ArgumentNullException(nameof(backoff));
            _clock = clock ?? throw new System.ArgumentNullException(nameof(clock));
            _sendBuffer = new byte[queue.MaxMessageBytes];
        }

        /// <summary>Connection attempts made since construction.</summary>
        public int ConnectAttempts
        {
            get { return _connectAttempts; }
        }

        /// <summary>Uptime (ms) at which the next reconnect attempt is due.</summary>
        public long NextAttemptMs
        {
            get { return _nextAttemptMs; }
        }

        /// <summary>Sends a message now if possible, otherwise queues it.</summary>
        /// <param name="channel">Where the message goes.</param>
        /// <param name="payload">Message bytes; copied, the caller may reuse the array.</param>
        /// <param name="offset">First byte of the message.</param>
        /// <param name="count">Message length.</param>
        /// <returns>True when published at once; false when queued (or refused as too large, see <see cref="OfflineQueue.RejectedCount"/>).</returns>
        public bool Send(LinkChannel channel, byte[] payload, int offset, int count)
        {
            if (_queue.Count == 0 && _link.IsConnected && _link.Publish(channel, payload, offset, count))
            {
                return true;
            }

            _queue.Enqueue(channel, payload, offset, count);
            return false;
        }

        /// <summary>Reconnects when due, then publishes queued messages while the link accepts them.</summary>
        /// <param name="maxMessages">Most queued messages to publish in this call (bounds the loop turn).</param>
        /// <returns>Queued messages published.</returns>
        public int Service(int maxMessages)
        {
            if (!_link.IsConnected)
            {
                long now = _clock.UptimeMs;
                if (now < _nextAttemptMs)
                {
                    return 0;
                }

                _connectAttempts++;
                if (!_link.Connect())
                {
                    _nextAttemptMs = now + _backoff.NextDelayMs();
                    return 0;
                }

                _backoff.Reset();
                _nextAttemptMs = 0;
            }

            int published = 0;
            while (published < maxMessages && _queue.Count > 0)
            {
                int length = _queue.CopyOldest(_sendBuffer, 0, out LinkChannel channel);
                if (!_link.Publish(channel, _sendBuffer, 0, length))
                {
                    break;
                }

                _queue.RemoveOldest();
                published++;
            }

            return published;
        }
    }
}
