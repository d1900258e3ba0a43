using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// Outgoing messages kept while the hub is unreachable: a bounded ring of preallocated slots.
    /// Enqueueing copies the payload into a slot, so nothing is allocated after construction.
    /// When the ring is full the OLDEST message is dropped to make room, and every drop is counted
    /// in <see cref="DroppedCount"/>; a message larger than a slot is refused and counted in
    /// <see cref="RejectedCount"/>. Nothing is lost silently.
    /// </summary>
    /// <remarks>
    /// <para>Sending is peek-then-remove: <see cref="CopyOldest"/>, publish, and only when the link
    /// accepted it <see cref="RemoveOldest"/>, so a failed publish keeps the message.</para>
    /// <para>With a link that confirms later (<see cref="IDeliveryReceipts"/>) a message is sent
    /// but kept: the oldest <see cref="InFlight"/> messages carry the ticket they were published
    /// under (<see cref="CopyNextUnsent"/>, <see cref="MarkInFlight"/>), and a message leaves only
    /// when its receipt confirms it (<see cref="Confirm"/>) — acknowledgements out of order are held
    /// until every older message is confirmed, so the queue stays a prefix-ordered ring. A lost
    /// connection or a failed delivery puts the in-flight messages back to unsent
    /// (<see cref="ReturnInFlight"/>): they are published again, in order (at least once; the hub
    /// drops a duplicate by device, sequence and CRC).</para>
    /// <para>Memory is <c>capacity · maxMessageBytes</c> bytes plus four small arrays. Not thread-safe.</para>
    /// </remarks>
    public sealed class OfflineQueue
    {
        private readonly byte[][] _slots;
        private readonly int[] _lengths;
        private readonly LinkChannel[] _channels;
        private readonly int[] _tickets;
        private readonly bool[] _confirmed;
        private int _inFlight;
        private int _head;
        private int _count;
        private int _droppedCount;
        private int _rejectedCount;

        /// <summary>Allocates every slot up front.</summary>
        /// <param name="capacity">Messages held at most, at least 1.</param>
        /// <param name="maxMessageBytes">Largest payload accepted, at least 1.</param>
        public OfflineQueue(int capacity, int maxMessageBytes)
        {
            if (capacity < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(capacity));
            }

            if (maxMessageBytes < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxMessageBytes));
            }

            _slots = new byte[capacity][];
            for (int i = 0; i < capacity; i++)
            {
                _slots[i] = new byte[maxMessageBytes];
            }

            _lengths = new int[capacity];
            _channels = new LinkChannel[capacity];
            _tickets = new int[capacity];
            _confirmed = new bool[capacity];
            MaxMessageBytes = maxMessageBytes;
        }

        /// <summary>Messages held at most.</summary>
        public int Capacity
        {
            get { return _slots.Length; }
        }

        /// <summary>Largest payload accepted, in bytes.</summary>
        public int MaxMessageBytes { get; }

        /// <summary>Messages waiting.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Oldest messages dropped to make room since construction.</summary>
        public int DroppedCount
        {
            get { return _droppedCount; }
        }

        /// <summary>Messages refused because they were larger than <see cref="MaxMessageBytes"/>.</summary>
        public int RejectedCount
        {
            get { return _rejectedCount; }
        }

        /// <summary>The oldest messages that were published and wait for their receipt.</summary>
        public int InFlight
        {
            get { return _inFlight; }
        }

        /// <summary>Length in bytes of the oldest message, or −1 when the queue is empty.</summary>
        public int OldestLength
        {
            get { return _count == 0 ? -1 : _lengths[_head]; }
        }

        /// <summary>
        /// Copies a message into the queue. When full, the oldest message is dropped first and
        /// counted in <see cref="DroppedCount"/>.
        /// </summary>
        /// <param name="channel">Where the message is to go.</param>
        /// <param name="payload">Message bytes; copied, the caller may reuse the array.</param>
        /// <param name="offset">First byte of the message.</param>
        /// <param name="count">Message length.</param>
        /// <returns>False (and counted in <see cref="RejectedCount"/>) when the message exceeds <see cref="MaxMessageBytes"/>.</returns>
        public bool Enqueue(LinkChannel channel, byte[] payload, int offset, int count)
        {
            if (payload == null)
            {
                throw new System.ArgumentNullException(nameof(payload));
            }

            if (offset < 0 || count < 0 || offset + count > payload.Length)
            {
                throw new System.ArgumentOutOfRangeException(nameof(count));
            }

            if (count > MaxMessageBytes)
            {
                _rejectedCount++;
                return false;
            }

            if (_count == _slots.Length)
            {
                RemoveOldest();
                _droppedCount++;
            }

            int tail = (_head + _count) % _slots.Length;
            System.Array.Copy(payload, offset, _slots[tail], 0, count);
            _lengths[tail] = count;
            _channels[tail] = channel;
            _tickets[tail] = 0;
            _confirmed[tail] = false;
            _count++;
            return true;
        }

        /// <summary>Copies the oldest message out without removing it.</summary>
        /// <param name="destination">Destination owned by the caller; needs <see cref="OldestLength"/> free bytes.</param>
        /// <param name="offset">First index of <paramref name="destination"/> to write.</param>
        /// <param name="channel">Where the message is to go.</param>
        /// <returns>The message length, or −1 when the queue is empty.</returns>
        public int CopyOldest(byte[] destination, int offset, out LinkChannel channel)
        {
            if (_count == 0)
            {
                channel = LinkChannel.Event;
                return -1;
            }

            int length = _lengths[_head];
            System.Array.Copy(_slots[_head], 0, destination, offset, length);
            channel = _channels[_head];
            return length;
        }

        /// <summary>Removes the oldest message (after it was sent). Does nothing when empty.</summary>
        public void RemoveOldest()
        {
            if (_count == 0)
            {
                return;
            }

            _lengths[_head] = 0;
            _tickets[_head] = 0;
            _confirmed[_head] = false;
            _head = (_head + 1) % _slots.Length;
            _count--;
            if (_inFlight > 0)
            {
                _inFlight--;
            }
        }

        /// <summary>Removes every message; the counters are kept.</summary>
        public void Clear()
        {
            while (_count > 0)
            {
                RemoveOldest();
            }

            _head = 0;
        }

        /// <summary>Copies the oldest message that is not in flight, without changing anything.</summary>
        /// <param name="destination">Destination owned by the caller.</param>
        /// <param name="offset">First index of <paramref name="destination"/> to write.</param>
        /// <param name="channel">Where the message is to go.</param>
        /// <returns>The message length, or −1 when every message is in flight (or none is queued).</returns>
        public int CopyNextUnsent(byte[] destination, int offset, out LinkChannel channel)
        {
            channel = LinkChannel.Event;
            if (_inFlight >= _count)
            {
                return -1;
            }

            int slot = (_head + _inFlight) % _slots.Length;
            int length = _lengths[slot];
            System.Array.Copy(_slots[slot], 0, destination, offset, length);
            channel = _channels[slot];
            return length;
        }

        /// <summary>Records that the message <see cref="CopyNextUnsent"/> returned was published under <paramref name="ticket"/>.</summary>
        /// <param name="ticket">The link's ticket (non-zero).</param>
        public void MarkInFlight(int ticket)
        {
            if (_inFlight >= _count)
            {
                return;
            }

            int slot = (_head + _inFlight) % _slots.Length;
            _tickets[slot] = ticket;
            _confirmed[slot] = false;
            _inFlight++;
        }

        /// <summary>
        /// Applies a receipt: a confirmed message is marked, and confirmed messages leave from the
        /// oldest end; a failed delivery returns every in-flight message to unsent. A ticket no
        /// in-flight message carries (a message dropped meanwhile, a Status or Heartbeat published
        /// directly) changes nothing.
        /// </summary>
        /// <param name="ticket">The receipt's ticket.</param>
        /// <param name="delivered">True when the broker acknowledged it.</param>
        /// <returns>Messages that left the queue.</returns>
        public int Confirm(int ticket, bool delivered)
        {
            if (ticket == 0)
            {
                return 0;
            }

            int found = -1;
            for (int i = 0; i < _inFlight; i++)
            {
                int slot = (_head + i) % _slots.Length;
                if (_tickets[slot] == ticket && !_confirmed[slot])
                {
                    found = slot;
                    break;
                }
            }

            if (found < 0)
            {
                return 0;
            }

            if (!delivered)
            {
                ReturnInFlight();
                return 0;
            }

            _confirmed[found] = true;
            int removed = 0;
            while (_count > 0 && _inFlight > 0 && _confirmed[_head])
            {
                RemoveOldest();
                removed++;
            }

            return removed;
        }

        /// <summary>Puts every in-flight message that is not yet confirmed back to unsent (the connection was lost).</summary>
        public void ReturnInFlight()
        {
            for (int i = 0; i < _inFlight; i++)
            {
                int slot = (_head + i) % _slots.Length;
                _tickets[slot] = 0;
                _confirmed[slot] = false;
            }

            _inFlight = 0;
        }
    }
}
