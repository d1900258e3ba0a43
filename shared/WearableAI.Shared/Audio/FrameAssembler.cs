namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Ring buffer that turns a stream of analysis-rate samples into overlapping or adjacent
    /// frames: a frame of <c>windowSize</c> samples is ready after every <c>hopSize</c> new
    /// samples, once the window has filled. Copies only; counts no ops.
    /// </summary>
    public sealed class FrameAssembler
    {
        private readonly int[] _ring;
        private readonly int _hopSize;
        private int _write;
        private int _filled;
        private int _sinceFrame;

        /// <summary>Creates an empty assembler.</summary>
        /// <param name="windowSize">Samples per frame.</param>
        /// <param name="hopSize">New samples between frames (1..windowSize).</param>
        public FrameAssembler(int windowSize, int hopSize)
        {
            _ring = new int[windowSize];
            _hopSize = hopSize;
        }

        /// <summary>
        /// Decimates <paramref name="pcm"/> straight into the ring (<see cref="HalfBandDecimator.DecimateInto"/>)
        /// until the next frame is ready or the input is used up: the same frames as <see cref="Push"/> of each
        /// decimator output, without a call per sample.
        /// </summary>
        /// <param name="decimator">The decimator (its state moves on).</param>
        /// <param name="pcm">Input samples.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples available (≥ 1).</param>
        /// <param name="consumed">Input samples used (≥ 1).</param>
        /// <returns>True when <see cref="CopyFrame"/> now yields a new frame (the last input used completed it).</returns>
        public bool Append(HalfBandDecimator decimator, short[] pcm, int offset, int count, out int consumed)
        {
            int toFill = _ring.Length - _filled;
            int toHop = _hopSize - _sinceFrame;
            int needed = toFill > toHop ? toFill : toHop;
            int produced;
            consumed = decimator.DecimateInto(pcm, offset, count, _ring, _write, needed, out produced);
            _write += produced;
            if (_write >= _ring.Length) _write -= _ring.Length;
            _filled += produced;
            if (_filled > _ring.Length) _filled = _ring.Length;
            _sinceFrame += produced;
            if (produced < needed) return false;
            _sinceFrame = 0;
            return true;
        }

        /// <summary>Adds one sample; returns true when a complete frame is ready to copy.</summary>
        /// <param name="sample">The analysis-rate sample.</param>
        /// <returns>True when <see cref="CopyFrame"/> now yields a new frame.</returns>
        public bool Push(int sample)
        {
            _ring[_write] = sample;
            _write++;
            if (_write == _ring.Length) _write = 0;
            if (_filled < _ring.Length) _filled++;
            _sinceFrame++;
            if (_filled < _ring.Length || _sinceFrame < _hopSize) return false;
            _sinceFrame = 0;
            return true;
        }

        /// <summary>Copies the current frame, oldest sample first.</summary>
        /// <param name="destination">Receives <c>windowSize</c> samples.</param>
        public void CopyFrame(int[] destination)
        {
            int n = _ring.Length;
            int j = _write;
            for (int i = 0; i < n; i++)
            {
                destination[i] = _ring[j];
                j++;
                if (j == n) j = 0;
            }
        }

        /// <summary>Empties the buffer, as after construction.</summary>
        public void Reset()
        {
            for (int i = 0; i < _ring.Length; i++) _ring[i] = 0;
            _write = 0;
            _filled = 0;
            _sinceFrame = 0;
        }
    }
}
