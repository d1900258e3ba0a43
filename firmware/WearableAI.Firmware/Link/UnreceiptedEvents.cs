using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// Events sent to the hub that its Receipt has not yet confirmed (Hello, Gesture, ModelAck, Error: the events that get
    /// no Result; docs/protocol.md, "Receipts"). The broker's PUBACK only says the broker has the event; a hub worker that
    /// took it and died before storing it leaves no trace. So each such event is kept here, byte for byte, and sent again
    /// — same sequence, same time, the hub drops a copy it has stored and receipts it again — until its receipt arrives:
    /// after <see cref="ResendMs"/>, then twice, four times … as long, at most <see cref="MaxResends"/> times; then it is
    /// given up and counted in <see cref="AbandonedCount"/> (a hub that sends no receipts costs each event that many copies).
    /// </summary>
    /// <remarks>
    /// <para>A fixed number of preallocated slots; tracking copies the frame, so nothing is allocated after construction.
    /// When every slot is taken the oldest event is given up (counted). A new Hello replaces a tracked one: every connect
    /// sends a fresh Hello, so an older one need not arrive.</para>
    /// <para>Re-sends are counted only when made; the caller asks for them while connected (<see cref="TakeDue"/>) and
    /// postpones them on every connect (<see cref="Postpone"/>). Not thread-safe.</para>
    /// </remarks>
    public sealed class UnreceiptedEvents
    {
        private const byte HelloKind = (byte)FrameKind.Hello;
        private const int KindOffset = FrameCodec.KindOffset;

        private readonly byte[][] _frames;
        private readonly int[] _lengths;
        private readonly uint[] _sequences;
        private readonly long[] _dueMs;
        private readonly int[] _resends;
        private int _count;
        private int _abandonedCount;
        private int _resentCount;
        private int _confirmedCount;

        /// <summary>Allocates every slot up front.</summary>
        /// <param name="capacity">Events kept at most, at least 1.</param>
        /// <param name="maxEventBytes">Largest encoded event kept; larger ones are not tracked.</param>
        /// <param name="resendMs">Wait before the first re-send, ms (≥ 1); each later wait is twice the one before.</param>
        /// <param name="maxResends">Re-sends before an event is given up (≥ 0).</param>
        public UnreceiptedEvents(int capacity, int maxEventBytes, int resendMs, int maxResends)
        {
            if (capacity < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(capacity));
            }

            if (maxEventBytes < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxEventBytes));
            }

            if (resendMs < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(resendMs));
            }

            if (maxResends < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxResends));
            }

            _frames = new byte[capacity][];
            for (int i = 0; i < capacity; i++)
            {
                _frames[i] = new byte[maxEventBytes];
            }

            _lengths = new int[capacity];
            _sequences = new uint[capacity];
            _dueMs = new long[capacity];
            _resends = new int[capacity];
            ResendMs = resendMs;
            MaxResends = maxResends;
        }

        /// <summary>Wait before the first re-send, ms.</summary>
        public int ResendMs { get; }

        /// <summary>Re-sends before an event is given up.</summary>
        public int MaxResends { get; }

        /// <summary>Events waiting for their receipt.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Events given up without a receipt: re-sent <see cref="MaxResends"/> times, or pushed out by newer ones.</summary>
        public int AbandonedCount
        {
            get { return _abandonedCount; }
        }

        /// <summary>Copies sent again since start.</summary>
        public int ResentCount
        {
            get { return _resentCount; }
        }

        /// <summary>Events whose receipt arrived.</summary>
        public int ConfirmedCount
        {
            get { return _confirmedCount; }
        }

        /// <summary>Keeps an event that was just sent (or queued) until its receipt arrives.</summary>
        /// <param name="sequence">The event's sequence number.</param>
        /// <param name="frame">The encoded frame; copied.</param>
        /// <param name="offset">First byte of the frame.</param>
        /// <param name="count">Frame length.</param>
        /// <param name="nowMs">Uptime now.</param>
        /// <returns>False when the frame is larger than a slot (not tracked).</returns>
        public bool Track(uint sequence, byte[] frame, int offset, int count, long nowMs)
        {
            if (count > _frames[0].Length || count <= KindOffset)
            {
                return false;
            }

            if (frame[offset + KindOffset] == HelloKind)
            {
                for (int i = _count - 1; i >= 0; i--)
                {
                    if (_frames[i][KindOffset] == HelloKind)
                    {
                        RemoveAt(i);
                    }
                }
            }

            if (_count == _frames.Length)
            {
                RemoveAt(0);
                _abandonedCount++;
            }

            int slot = _count;
            System.Array.Copy(frame, offset, _frames[slot], 0, count);
            _lengths[slot] = count;
            _sequences[slot] = sequence;
            _dueMs[slot] = nowMs + ResendMs;
            _resends[slot] = 0;
            _count++;
            return true;
        }

        /// <summary>Applies the hub's receipt: the event named leaves. A sequence not tracked (a second receipt) changes nothing.</summary>
        /// <param name="sequence">The receipt's reply-to sequence.</param>
        /// <returns>True when a tracked event was confirmed.</returns>
        public bool Confirm(uint sequence)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_sequences[i] == sequence)
                {
                    RemoveAt(i);
                    _confirmedCount++;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The oldest event due for a re-send, counted as re-sent and given its next due time; an event whose re-sends are
        /// used up is given up instead (counted) and the next one looked at.
        /// </summary>
        /// <param name="nowMs">Uptime now.</param>
        /// <param name="frame">The slot holding the frame (owned here; read it before the next call).</param>
        /// <returns>The frame's length, or −1 when none is due.</returns>
        public int TakeDue(long nowMs, out byte[] frame)
        {
            frame = _frames[0];
            for (int i = 0; i < _count; i++)
            {
                if (nowMs < _dueMs[i])
                {
                    continue;
                }

                if (_resends[i] >= MaxResends)
                {
                    RemoveAt(i);
                    _abandonedCount++;
                    i--;
                    continue;
                }

                _resends[i]++;
                _resentCount++;
                _dueMs[i] = nowMs + ((long)ResendMs << _resends[i]); // waits of ResendMs, 2×, 4× …
                frame = _frames[i];
                return _lengths[i];
            }

            return -1;
        }

        /// <summary>
        /// Gives every event at least <see cref="ResendMs"/> from now before its next re-send: the link has just connected,
        /// the offline queue sends what it holds first, and receipts take a moment.
        /// </summary>
        /// <param name="nowMs">Uptime now.</param>
        public void Postpone(long nowMs)
        {
            long earliest = nowMs + ResendMs;
            for (int i = 0; i < _count; i++)
            {
                if (_dueMs[i] < earliest)
                {
                    _dueMs[i] = earliest;
                }
            }
        }

        private void RemoveAt(int index)
        {
            // Keeps the slots in tracking order; the slot arrays rotate so none is ever allocated again.
            byte[] freed = _frames[index];
            for (int i = index; i < _count - 1; i++)
            {
                _frames[i] = _frames[i + 1];
                _lengths[i] = _lengths[i + 1];
                _sequences[i] = _sequences[i + 1];
                _dueMs[i] = _dueMs[i + 1];
                _resends[i] = _resends[i + 1];
            }

            _count--;
            _frames[_count] = freed;
            _lengths[_count] = 0;
        }
    }
}
