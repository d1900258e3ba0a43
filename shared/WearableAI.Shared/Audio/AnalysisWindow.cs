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
                double w = 0.54 - 0.46 * ConstructionMath.Cos(2 * ConstructionMath.Pi * n / (size - 1));
                _q15[n] = ConstructionMath.Round(w * 32768);
            }
        }

        /// <summary>Window length.</summary>
        public int Size
        {
            get { return _q15.Length; }
        }

        /// <summary>Ops per call of <see cref="Apply"/>: the block shift, a multiply and a shift per sample.</summary>
        public int OpsPerFrame
        {
            get { return 3 * _q15.Length; }
        }

        /// <summary>The Q15 coefficient of sample <paramref name="n"/> (for tests and references).</summary>
        /// <param name="n">Sample index.</param>
        /// <returns>round(w[n]·32768).</returns>
        public int CoefficientQ15(int n)
        {
            return _q15[n];
        }

        /// <summary>
        /// <c>destination[n] = ((frame[n]·2^shift)·w[n]) &gt;&gt; 15</c>: scales the frame by the block
        /// shift (so that |frame·2^shift| ≤ 2^14), then windows it; the product stays below 2^29.
        /// </summary>
        /// <param name="frame">Input samples.</param>
        /// <param name="shift">Block-normalisation shift from <see cref="BlockScaling.ShiftFor"/> (negative: right shift).</param>
        /// <param name="destination">Receives the scaled, windowed samples.</param>
        public void Apply(int[] frame, int shift, int[] destination)
        {
            int n = _q15.Length;
            if (shift >= 0)
            {
                for (int i = 0; i < n; i++) destination[i] = ((frame[i] << shift) * _q15[i]) >> 15;
            }
            else
            {
                int right = -shift;
                for (int i = 0; i < n; i++) destination[i] = ((frame[i] >> right) * _q15[i]) >> 15;
            }
        }
    }
}
