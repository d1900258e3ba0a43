namespace WearableAI.Shared.Audio
{
    /// <summary>
    /// Triangular mel filter bank on the power spectrum, with Q15 weights built at construction.
    /// Band edges are equally spaced on the HTK mel scale <c>mel = 2595·log10(1 + f/700)</c>
    /// from LowHz to HighHz; band b rises from edge b to edge b+1 and falls to edge b+2 (peak
    /// weight 1, not area-normalised). Every bin between two edges feeds the band that rises
    /// there with weight r and the band that falls there with weight 1 − r, so each bin costs at
    /// most two multiply-accumulates.
    /// </summary>
    /// <remarks>Band sums are int64: power &lt; 2^46 summed, times Q15 weights, stays below 2^61.</remarks>
    public sealed class MelFilterBank
    {
        private const int One = 32768;

        private readonly int _bands;
        private readonly int _firstBin;
        private readonly int _lastBin;
        private readonly int[] _segment;
        private readonly int[] _rising;
        private readonly int[] _falling;
        private readonly int _ops;

        /// <summary>Builds the weights for the given settings.</summary>
        /// <param name="settings">Front-end settings (analysis rate, window size, bands, edges).</param>
        public MelFilterBank(FrontEndSettings settings)
        {
            _bands = settings.MelBands;
            int size = settings.WindowSize;
            double rate = settings.AnalysisRate;
            double lowMel = HzToMel(settings.LowHz);
            double highMel = HzToMel(settings.HighHz);
            double[] edges = new double[_bands + 2];
            for (int j = 0; j < edges.Length; j++)
            {
                edges[j] = MelToHz(lowMel + (highMel - lowMel) * j / (_bands + 1));
            }

            int bins = size / 2 + 1;
            _segment = new int[bins];
            _rising = new int[bins];
            _falling = new int[bins];
            _firstBin = -1;
            for (int k = 0; k < bins; k++)
            {
                double f = k * rate / size;
                _segment[k] = -1;
                if (f <= edges[0] || f >= edges[_bands + 1]) continue;
                int j = 0;
                while (f >= edges[j + 1]) j++;
                int r = TableFunctions.Round((f - edges[j]) / (edges[j + 1] - edges[j]) * One);
                _segment[k] = j;
                _rising[k] = j < _bands ? r : 0;
                _falling[k] = j > 0 ? One - r : 0;
                if (_firstBin < 0) _firstBin = k;
                _lastBin = k;
                _ops += (j < _bands ? 2 : 0) + (j > 0 ? 2 : 0);
            }
        }

        /// <summary>Number of bands.</summary>
        public int Bands
        {
            get { return _bands; }
        }

        /// <summary>Lowest FFT bin with a non-zero weight.</summary>
        public int FirstBin
        {
            get { return _firstBin; }
        }

        /// <summary>Highest FFT bin with a non-zero weight.</summary>
        public int LastBin
        {
            get { return _lastBin; }
        }

        /// <summary>Ops per call of <see cref="Apply"/> (2 per multiply-accumulate).</summary>
        public int OpsPerFrame
        {
            get { return _ops; }
        }

        /// <summary>
        /// The segment between mel edges that FFT bin <paramref name="bin"/> falls in: the bin rises into band j and
        /// falls out of band j − 1 (−1 outside the bank), for kernels that apply the same bank elsewhere.
        /// </summary>
        /// <param name="bin">FFT bin index, 0..N/2.</param>
        /// <returns>j in 0..Bands, or −1.</returns>
        public int SegmentOf(int bin)
        {
            return _segment[bin];
        }

        /// <summary>The Q15 weight of FFT bin <paramref name="bin"/> in band <paramref name="band"/> (0 when outside).</summary>
        /// <param name="band">Band index.</param>
        /// <param name="bin">FFT bin index, 0..N/2.</param>
        /// <returns>The weight, 0..32768.</returns>
        public int WeightQ15(int band, int bin)
        {
            int j = _segment[bin];
            if (j < 0) return 0;
            if (band == j) return _rising[bin];
            if (band == j - 1) return _falling[bin];
            return 0;
        }

        /// <summary>
        /// <c>bands[b] = Σ weight(b, k)·power[k]</c>, weights Q15, over bins FirstBin..LastBin.
        /// </summary>
        /// <param name="power">Bin powers (only FirstBin..LastBin are read).</param>
        /// <param name="bands">Receives one sum per band.</param>
        public void Apply(long[] power, long[] bands)
        {
            for (int b = 0; b < _bands; b++) bands[b] = 0;
            for (int k = _firstBin; k <= _lastBin; k++)
            {
                int j = _segment[k];
                long p = power[k];
                if (j < _bands) bands[j] += p * _rising[k];
                if (j > 0) bands[j - 1] += p * _falling[k];
            }
        }

        /// <summary>Hz to HTK mel.</summary>
        /// <param name="hz">Frequency in Hz.</param>
        /// <returns>Mel value.</returns>
        public static double HzToMel(double hz)
        {
            return 2595 * TableFunctions.Log10(1 + hz / 700);
        }

        /// <summary>HTK mel to Hz.</summary>
        /// <param name="mel">Mel value.</param>
        /// <returns>Frequency in Hz.</returns>
        public static double MelToHz(double mel)
        {
            return 700 * (TableFunctions.Pow10(mel / 2595) - 1);
        }
    }
}
