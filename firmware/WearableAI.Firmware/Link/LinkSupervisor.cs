using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// Keeps the hub link alive and the uplink ordered: sends straight through while connected,
    /// queues in an <see cref="OfflineQueue"/> while not, reconnects on a <see cref="Backoff"/>
    /// schedule, and drains the queue oldest-first once connected again.
    /// </summary>
    /// <remarks>
    /// <para>Driven by the main loop: call <see cref="Service"/> every loop turn; it never blocks
    /// longer than one <see cref="IMessageLink.Connect"/> attempt and never allocates. Messages
    /// always leave in the order they were sent: while anything is queued, new messages queue too.</para>
    /// <para>When the link confirms later (<see cref="IDeliveryReceipts"/>, nanoFramework.M2Mqtt), every
    /// message goes through the queue and leaves it only when the broker's receipt confirms it; at most
    /// <see cref="MaxInFlight"/> messages wait for a receipt at once (M2Mqtt's own in-flight queue is
    /// unbounded, and each message in it is a copy on the heap). A lost connection or a failed delivery
    /// sends the unconfirmed ones again, in order.</para>
    /// </remarks>
    public sealed class LinkSupervisor
    {
        private readonly IMessageLink _link;
        private readonly OfflineQueue _queue;
        private readonly Backoff _backoff;
        private readonly IClock _clock;
        private readonly byte[] _sendBuffer;
        private readonly IDeliveryReceipts? _receipts;
        private readonly int _maxInFlight;
        private long _nextAttemptMs;
        private int _confirmedCount;
        private int _connectAttempts;

        /// <summary>Wires the supervisor; it owns none of its arguments.</summary>
        /// <param name="link">The hub link.</param>
        /// <param name="queue">Where messages wait while the link is down.</param>
        /// <param name="backoff">Reconnect pacing.</param>
        /// <param name="clock">Monotonic time for the pacing.</param>
        /// <param name="maxInFlight">Messages waiting for a receipt at most (links with <see cref="IDeliveryReceipts"/>), at least 1.</param>
        public LinkSupervisor(IMessageLink link, OfflineQueue queue, Backoff backoff, IClock clock, int maxInFlight = 2)
        {
            if (maxInFlight < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxInFlight));
            }

            _link = link ?? throw new System.ArgumentNullException(nameof(link));
            _queue = queue ?? throw new System.ArgumentNullException(nameof(queue));
            _backoff = backoff ?? throw new System.ArgumentNullException(nameof(backoff));
            _clock = clock ?? throw new System.ArgumentNullException(nameof(clock));
            _sendBuffer = new byte[queue.MaxMessageBytes];
            _receipts = link as IDeliveryReceipts;
            _maxInFlight = maxInFlight;
        }

        /// <summary>Messages waiting for a receipt at most.</summary>
        public int MaxInFlight
        {
            get { return _maxInFlight; }
        }

        /// <summary>Messages the broker confirmed through a receipt (links with <see cref="IDeliveryReceipts"/>).</summary>
        public int ConfirmedCount
        {
            get { return _confirmedCount; }
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
        /// <returns>True when published at once (and, without receipts, confirmed); false when queued (or refused as too large, see <see cref="OfflineQueue.RejectedCount"/>).</returns>
        public bool Send(LinkChannel channel, byte[] payload, int offset, int count)
        {
            if (_receipts != null)
            {
                int before = _queue.InFlight;
                if (_queue.Enqueue(channel, payload, offset, count) && _link.IsConnected)
                {
                    PublishUnsent(1);
                }

                return _queue.InFlight > before;
            }

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

                _queue.ReturnInFlight();
                _connectAttempts++;
                if (!_link.Connect())
                {
                    _nextAttemptMs = now + _backoff.NextDelayMs();
                    return 0;
                }

                _backoff.Reset();
                _nextAttemptMs = 0;
            }
            else if (_backoff.Attempts > 0)
            {
                // A transport that connects in the background (the ESP32-S3's network thread) came up
                // after its Connect() had returned false: the schedule starts over as after a success.
                _backoff.Reset();
                _nextAttemptMs = 0;
            }

            if (_receipts != null)
            {
                TakeReceipts();
                return PublishUnsent(maxMessages);
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

        private void TakeReceipts()
        {
            // Bounded: a receipt names a message in flight, and at most MaxInFlight are.
            for (int i = 0; i < 4 * _maxInFlight; i++)
            {
                int ticket = _receipts!.TakeReceipt(out bool delivered);
                if (ticket == 0)
                {
                    return;
                }

                _confirmedCount += _queue.Confirm(ticket, delivered);
            }
        }

        private int PublishUnsent(int maxMessages)
        {
            int published = 0;
            while (published < maxMessages && _queue.InFlight < _maxInFlight)
            {
                int length = _queue.CopyNextUnsent(_sendBuffer, 0, out LinkChannel channel);
                if (length < 0)
                {
                    break;
                }

                int ticket = _receipts!.PublishTracked(channel, _sendBuffer, 0, length);
                if (ticket == 0)
                {
                    break;
                }

                _queue.MarkInFlight(ticket);
                published++;
            }

            return published;
        }
    }
}
