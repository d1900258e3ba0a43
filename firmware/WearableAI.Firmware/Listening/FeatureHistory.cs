namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// A ring of the most recent int8 feature frames (frame-major, <see cref="Bands"/> values
    /// each): the window a wake candidate carries, including the pre-roll before the trigger.
    /// </summary>
    /// <remarks>Allocated once; <see cref="Push"/> and <see cref="CopyLatest"/> only copy.</remarks>
    public sealed class FeatureHistory
    {
        private readonly sbyte[] _ring;
        private readonly int _bands;
        private readonly int _capacity;
        private int _next;
        private int _count;

        /// <summary>Allocates room for <paramref name="capacityFrames"/> frames.</summary>
        /// <param name="bands">Features per frame.</param>
        /// <param name="capacityFrames">Frames kept.</param>
        public FeatureHistory(int bands, int capacityFrames)
        {
            if (bands < 1 || capacityFrames < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(capacityFrames));
            }

            _bands = bands;
            _capacity = capacityFrames;
            _ring = new sbyte[bands * capacityFrames];
        }

        /// <summary>Features per frame.</summary>
        public int Bands
        {
            get { return _bands; }
        }

        /// <summary>Most frames kept.</summary>
        public int Capacity
        {
            get { return _capacity; }
        }

        /// <summary>Frames held (up to <see cref="Capacity"/>).</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Bytes of the ring.</summary>
        public int WorkingBytes
        {
            get { return _ring.Length; }
        }

        /// <summary>Appends one frame, overwriting the oldest when full.</summary>
        /// <param name="features">Source.</param>
        /// <param name="offset">First of <see cref="Bands"/> values.</param>
        public void Push(sbyte[] features, int offset)
        {
            System.Array.Copy(features, offset, _ring, _next * _bands, _bands);
            _next++;
            if (_next == _capacity)
            {
                _next = 0;
            }

            if (_count < _capacity)
            {
                _count++;
            }
        }

        /// <summary>
        /// Copies the newest <paramref name="frames"/> frames, oldest first. When fewer are held,
        /// the missing leading frames are filled with −128 (the front end's "silence").
        /// </summary>
        /// <param name="destination">Receives frames × bands values.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="frames">Frames wanted (≤ <see cref="Capacity"/>).</param>
        public void CopyLatest(sbyte[] destination, int offset, int frames)
        {
            if (frames > _capacity)
            {
                throw new System.ArgumentOutOfRangeException(nameof(frames));
            }

            int missing = frames > _count ? frames - _count : 0;
            for (int i = 0; i < missing * _bands; i++)
            {
                destination[offset + i] = -128;
            }

            int available = frames - missing;
            int start = _next - available;
            if (start < 0)
            {
                start += _capacity;
            }

            int write = offset + (missing * _bands);
            for (int f = 0; f < available; f++)
            {
                System.Array.Copy(_ring, start * _bands, destination, write, _bands);
                write += _bands;
                start++;
                if (start == _capacity)
                {
                    start = 0;
                }
            }
        }

        /// <summary>
        /// The ring itself: after <see cref="Arrange"/>, <see cref="Capacity"/> frames oldest
        /// first, valid until the next <see cref="Push"/>. Read only for the caller.
        /// </summary>
        public sbyte[] Frames
        {
            get { return _ring; }
        }

        /// <summary>
        /// Rearranges the ring in place so that <see cref="Frames"/> holds the newest
        /// <see cref="Capacity"/> frames oldest first, missing leading frames as −128 (the front
        /// end's "silence"), like <see cref="CopyLatest"/> into a window of the full capacity,
        /// but without a second buffer. Afterwards the history is full. Three reversals, no allocation.
        /// </summary>
        public void Arrange()
        {
            if (_count < _capacity)
            {
                // Held frames are [0, _next): move them to the end, fill the front with silence.
                int held = _count * _bands;
                int shift = _ring.Length - held;
                for (int i = held - 1; i >= 0; i--)
                {
                    _ring[shift + i] = _ring[i];
                }

                for (int i = 0; i < shift; i++)
                {
                    _ring[i] = -128;
                }
            }
            else if (_next != 0)
            {
                int split = _next * _bands;
                Reverse(0, split);
                Reverse(split, _ring.Length);
                Reverse(0, _ring.Length);
            }

            _next = 0;
            _count = _capacity;
        }

        /// <summary>Forgets every frame.</summary>
        public void Clear()
        {
            _next = 0;
            _count = 0;
        }

        private void Reverse(int from, int to)
        {
            for (int i = from, j = to - 1; i < j; i++, j--)
            {
                sbyte t = _ring[i];
                _ring[i] = _ring[j];
                _ring[j] = t;
            }
        }
    }
}
