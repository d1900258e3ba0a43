namespace WearableAI.Shared.Inference
{
    /// <summary>
    /// The time history of a streaming convolution: the last <c>(k − 1) · d + 1</c> input
    /// frames in a ring, and when an output is due (every <c>stride</c> frames once the ring
    /// is full, so that streaming equals the batch "valid" convolution exactly).
    /// </summary>
    /// <remarks>Memory is allocated once in the constructor; <see cref="Push"/> never allocates.</remarks>
    public sealed class FrameRing
    {
        private readonly sbyte[] _frames;
        private readonly int[] _tapStarts;
        private readonly int _channels;
        private readonly int _span;
        private readonly int _stride;
        private readonly int _dilation;
        private int _next;
        private int _filled;
        private int _phase;

        /// <summary>Creates an empty ring.</summary>
        /// <param name="channels">Channels per frame.</param>
        /// <param name="kernelSize">Taps k (≥ 1).</param>
        /// <param name="stride">Output every s frames (≥ 1).</param>
        /// <param name="dilation">Frames between taps d (≥ 1).</param>
        public FrameRing(int channels, int kernelSize, int stride, int dilation)
        {
            _channels = channels;
            _stride = stride;
            _dilation = dilation;
            _span = ((kernelSize - 1) * dilation) + 1;
            _frames = new sbyte[_span * channels];
            _tapStarts = new int[kernelSize];
        }

        /// <summary>The frames, <see cref="TapStarts"/> index into it. Owned by the ring; read only.</summary>
        public sbyte[] Frames
        {
            get { return _frames; }
        }

        /// <summary>
        /// Start index in <see cref="Frames"/> of each tap (tap 0 = oldest), valid after a
        /// <see cref="Push"/> that returned true. Owned by the ring; read only.
        /// </summary>
        public int[] TapStarts
        {
            get { return _tapStarts; }
        }

        /// <summary>Stores one input frame; returns true when an output frame is due now.</summary>
        /// <param name="input">Source of <c>channels</c> values.</param>
        /// <param name="offset">Index of the first value.</param>
        /// <returns>True when the caller should compute an output frame from <see cref="TapStarts"/>.</returns>
        public bool Push(sbyte[] input, int offset)
        {
            int newest = _next;
            System.Array.Copy(input, offset, _frames, newest * _channels, _channels);
            _next = newest + 1 == _span ? 0 : newest + 1;

            if (_filled < _span)
            {
                _filled++;
                if (_filled < _span)
                {
                    return false;
                }

                _phase = 0;
            }
            else
            {
                _phase++;
                if (_phase < _stride)
                {
                    return false;
                }

                _phase = 0;
            }

            int taps = _tapStarts.Length;
            for (int j = 0; j < taps; j++)
            {
                int slot = newest - ((taps - 1 - j) * _dilation);
                if (slot < 0)
                {
                    slot += _span;
                }

                _tapStarts[j] = slot * _channels;
            }

            return true;
        }

        /// <summary>Forgets all history (e.g. after the voice gate closed).</summary>
        public void Reset()
        {
            _next = 0;
            _filled = 0;
            _phase = 0;
        }
    }
}
