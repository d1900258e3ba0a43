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
    /// Sending is peek-then-remove: <see cref="CopyOldest"/>, publish, and only when the link
    /// accepted it <see cref="RemoveOldest"/>, so a failed publish keeps the message. Memory is
    /// <c>capacity · maxMessageBytes</c> bytes plus two small arrays. Not thread-safe.
    /// </remarks>
    public sealed class OfflineQueue
    {
        private readonly byte[][] _slots;
        private readonly int[] _lengths;
        private readonly LinkChannel[] _channels;
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
            _head = (_head + 1) % _slots.Length;
            _count--;
        }

        /// <summary>Removes every message; the counters are kept.</summary>
        public void Clear()
        {
            _head = 0;
            _count = 0;
        }
    }
}
