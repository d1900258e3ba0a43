namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Streaming 2:1 decimator with the 7-tap half-band FIR h = [−1, 0, 9, 16, 9, 0, −1] / 32
    /// (DC gain 1, a zero at the input Nyquist frequency, −6 dB at the output Nyquist frequency,
    /// see docs/frontend.md for its stopband). With <c>Decimation == 1</c> samples pass through.
    /// </summary>
    /// <remarks>
    /// Output <c>32·y[m]</c> with <c>y[m] = Σ h[i]·x[2m + 1 − i]</c>, computed exactly as
    /// <c>16·x₃ + 9·(x₂ + x₄) − (x₀ + x₆)</c> on the 7 newest inputs: 6 ops per output
    /// (2 pair adds, 1 multiply, 1 shift, 1 add, 1 subtract). The division by 32 is left to the
    /// block normalisation (no rounding here, so quiet signals keep 5 fractional bits). Outputs
    /// are at most 36·32,768 &lt; 2^21 in magnitude (the taps' absolute sum is 36/32).
    /// With decimation 1 the output is the input times 32 as well, so later stages see one scale.
    /// </remarks>
    public sealed class HalfBandDecimator
    {
        /// <summary>Counted ops per output sample when decimating.</summary>
        public const int OpsPerOutput = 6;

        private readonly bool _passThrough;
        private int _x0, _x1, _x2, _x3, _x4, _x5, _x6;
        private bool _oddPhase;

        /// <summary>Creates a decimator in its reset state (history of zeros).</summary>
        /// <param name="decimation">1 (pass through) or 2.</param>
        public HalfBandDecimator(int decimation)
        {
            _passThrough = decimation == 1;
        }

        /// <summary>Ops per output sample: <see cref="OpsPerOutput"/>, or 1 (the shift) when passing through.</summary>
        public int OpsPerSample
        {
            get { return _passThrough ? 1 : OpsPerOutput; }
        }

        /// <summary>Pushes one input sample; returns true when an output sample is ready.</summary>
        /// <param name="sample">The input sample.</param>
        /// <param name="output">32 × the output sample when the result is true, else 0.</param>
        /// <returns>True on every second input (every input when passing through).</returns>
        public bool Push(short sample, out int output)
        {
            if (_passThrough)
            {
                output = sample << 5;
                return true;
            }

            _x6 = _x5;
            _x5 = _x4;
            _x4 = _x3;
            _x3 = _x2;
            _x2 = _x1;
            _x1 = _x0;
            _x0 = sample;
            _oddPhase = !_oddPhase;
            if (_oddPhase)
            {
                output = 0;
                return false;
            }

            output = (_x3 << 4) + 9 * (_x2 + _x4) - (_x0 + _x6);
            return true;
        }

        /// <summary>
        /// The same outputs as <see cref="Push"/> for every sample of a block, written into a ring, with the
        /// filter state in locals and two inputs per turn (an interpreter pays for every field access and
        /// call: ~3 M nanoCLR x86 instructions per frame through <see cref="Push"/>, see firmware/README.md).
        /// Stops right after the input that produces output number <paramref name="maxOutputs"/>.
        /// </summary>
        /// <param name="pcm">Input samples.</param>
        /// <param name="offset">First sample.</param>
        /// <param name="count">Samples available.</param>
        /// <param name="ring">Receives 32 × the output samples.</param>
        /// <param name="write">Where the first output goes; wraps at the ring's end.</param>
        /// <param name="maxOutputs">Outputs wanted at most (≥ 1).</param>
        /// <param name="produced">Outputs written.</param>
        /// <returns>Inputs consumed.</returns>
        public int DecimateInto(short[] pcm, int offset, int count, int[] ring, int write, int maxOutputs, out int produced)
        {
            int length = ring.Length;
            int i = offset;
            int end = offset + count;
            int n = 0;
            if (_passThrough)
            {
                while (i < end && n < maxOutputs)
                {
                    ring[write] = pcm[i] << 5;
                    i++;
                    write++;
                    if (write == length) write = 0;
                    n++;
                }

                produced = n;
                return i - offset;
            }

            int x0 = _x0, x1 = _x1, x2 = _x2, x3 = _x3, x4 = _x4, x5 = _x5, x6 = _x6;
            bool odd = _oddPhase;
            if (odd && i < end && n < maxOutputs)
            {
                // The second sample of a pair begun in an earlier block.
                x6 = x5; x5 = x4; x4 = x3; x3 = x2; x2 = x1; x1 = x0; x0 = pcm[i];
                i++;
                odd = false;
                ring[write] = (x3 << 4) + 9 * (x2 + x4) - (x0 + x6);
                write++;
                if (write == length) write = 0;
                n++;
            }

            if (!odd)
            {
                while (end - i >= 2 && n < maxOutputs)
                {
                    x6 = x4; x5 = x3; x4 = x2; x3 = x1; x2 = x0; x1 = pcm[i]; x0 = pcm[i + 1];
                    i += 2;
                    ring[write] = (x3 << 4) + 9 * (x2 + x4) - (x0 + x6);
                    write++;
                    if (write == length) write = 0;
                    n++;
                }

                if (i < end && n < maxOutputs)
                {
                    // A lone last sample begins a pair.
                    x6 = x5; x5 = x4; x4 = x3; x3 = x2; x2 = x1; x1 = x0; x0 = pcm[i];
                    i++;
                    odd = true;
                }
            }

            _x0 = x0; _x1 = x1; _x2 = x2; _x3 = x3; _x4 = x4; _x5 = x5; _x6 = x6;
            _oddPhase = odd;
            produced = n;
            return i - offset;
        }

        /// <summary>Clears the history, as after construction.</summary>
        public void Reset()
        {
            _x0 = _x1 = _x2 = _x3 = _x4 = _x5 = _x6 = 0;
            _oddPhase = false;
        }
    }
}
