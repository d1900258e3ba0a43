namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// The analysis window — Hamming, <c>0.54 − 0.46·cos(2πn/(N−1))</c> — as a Q15 table, applied
    /// together with the block-normalisation shift.
    /// </summary>
    /// <remarks>
    /// Hamming rather than Hann because frames do not overlap (hop = window): Hann weights the
    /// first and last samples of every frame by ~0, so a short sound at a frame boundary would
    /// nearly vanish; Hamming keeps an 8 % pedestal and has lower near sidelobes (−43 dB versus
    /// −31 dB), at the price of slower far-sidelobe decay, which the mel sums hide.
    /// </remarks>
    public sealed class AnalysisWindow
    {
        private readonly int[] _q15;

        /// <summary>Builds the Q15 table for <paramref name="size"/> samples.</summary>
        /// <param name="size">Window length.</param>
        public AnalysisWindow(int size)
        {
            _q15 = new int[size];
            for (int n = 0; n < size; n++)
            {
                double w = 0.54 - 0.46 * TableFunctions.Cos(2 * TableFunctions.Pi * n / (size - 1));
                _q15[n] = TableFunctions.Round(w * 32768);
            }
        }

        /// <summary>Window length.</summary>
        public int Size
        {
            get { return _q15.Length; }
        }

        /// <summary>Ops per call of <see cref="Apply"/>: a multiply and a shift per sample.</summary>
        public int OpsPerFrame
        {
            get { return 2 * _q15.Length; }
        }

        /// <summary>The Q15 coefficient of sample <paramref name="n"/> (for tests and references).</summary>
        /// <param name="n">Sample index.</param>
        /// <returns>round(w[n]·32768).</returns>
        public int CoefficientQ15(int n)
        {
            return _q15[n];
        }

        /// <summary>
        /// <c>destination[n] = (frame[n]·w[n]) &gt;&gt; (15 − shift)</c>: windows the frame and scales
        /// it by the block shift in one multiply and one shift, so that the result is at most 2^14.
        /// </summary>
        /// <remarks>
        /// A non-negative shift means the frame's peak is below 2^14, so the int32 product stays
        /// below 2^29. A negative shift (loud frame, samples up to 2^21 in the decimator's Q5
        /// scale) takes the product in int64 (below 2^36) — one 32×32→64 multiply natively.
        /// </remarks>
        /// <param name="frame">Input samples.</param>
        /// <param name="shift">Block-normalisation shift from <see cref="BlockScaling.ShiftFor"/> (negative: right shift).</param>
        /// <param name="destination">Receives the scaled, windowed samples.</param>
        public void Apply(int[] frame, int shift, int[] destination)
        {
            int n = _q15.Length;
            int right = 15 - shift;
            if (shift >= 0)
            {
                for (int i = 0; i < n; i++) destination[i] = (frame[i] * _q15[i]) >> right;
            }
            else
            {
                for (int i = 0; i < n; i++) destination[i] = (int)((frame[i] * (long)_q15[i]) >> right);
            }
        }
    }
}
