namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// The last few hundred milliseconds of raw PCM, kept while the front end is asleep, so that
    /// when the voice gate opens the front end can catch up and the wake candidate still has
    /// its pre-roll (the speech onset the gate needed a block to notice).
    /// </summary>
    /// <remarks>Writing is a copy (not counted as ops); allocated once.</remarks>
    public sealed class PcmPreRoll
    {
        private readonly short[] _ring;
        private int _next;
        private int _count;

        /// <summary>Allocates room for <paramref name="samples"/> samples.</summary>
        /// <param name="samples">Samples kept.</param>
        public PcmPreRoll(int samples)
        {
            if (samples < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(samples));
            }

            _ring = new short[samples];
        }

        /// <summary>Samples held.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Bytes of the ring.</summary>
        public int WorkingBytes
        {
            get { return 2 * _ring.Length; }
        }

        /// <summary>Appends samples, overwriting the oldest.</summary>
        /// <param name="pcm">Source.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples to append.</param>
        public void Write(short[] pcm, int offset, int count)
        {
            while (count > 0)
            {
                int n = _ring.Length - _next;
                if (n > count)
                {
                    n = count;
                }

                System.Array.Copy(pcm, offset, _ring, _next, n);
                _next += n;
                if (_next == _ring.Length)
                {
                    _next = 0;
                }

                offset += n;
                count -= n;
                _count = _count + n > _ring.Length ? _ring.Length : _count + n;
            }
        }

        /// <summary>
        /// Gives the held samples oldest first as at most two contiguous pieces of the ring
        /// (no copy): piece 0 is [<paramref name="start0"/>, +<paramref name="length0"/>),
        /// piece 1 starts at 0 with <paramref name="length1"/> samples.
        /// </summary>
        /// <param name="start0">Start of the first piece.</param>
        /// <param name="length0">Length of the first piece.</param>
        /// <param name="length1">Length of the second piece (from index 0).</param>
        /// <returns>The ring array (read only for the caller).</returns>
        public short[] Pieces(out int start0, out int length0, out int length1)
        {
            int start = _next - _count;
            if (start >= 0)
            {
                start0 = start;
                length0 = _count;
                length1 = 0;
            }
            else
            {
                start0 = start + _ring.Length;
                length0 = _ring.Length - start0;
                length1 = _next;
            }

            return _ring;
        }

        /// <summary>Forgets every sample.</summary>
        public void Clear()
        {
            _next = 0;
            _count = 0;
        }
    }
}
