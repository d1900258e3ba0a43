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

        /// <summary>Clears the history, as after construction.</summary>
        public void Reset()
        {
            _x0 = _x1 = _x2 = _x3 = _x4 = _x5 = _x6 = 0;
            _oddPhase = false;
        }
    }
}
