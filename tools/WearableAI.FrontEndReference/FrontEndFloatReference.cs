using NWaves.Transforms;
using NWaves.Windows;
using WearableAI.Shared.Audio;

namespace WearableAI.FrontEndReference;

/// <summary>
/// Double-precision reference of the log-mel front end (same half-band filter, framing,
/// Hamming window from NWaves, NWaves real FFT, the same HTK triangular mel weights computed
/// with System.Math). Produces log2(E_b) per frame and band, E_b = Σ w·|X|² / N², the quantity
/// the fixed-point front end approximates in Q16. Used by `wai frontend --report` and the tests.
/// </summary>
public sealed class FrontEndFloatReference
{
    private static readonly double[] HalfBandTaps = [-1 / 32.0, 0, 9 / 32.0, 16 / 32.0, 9 / 32.0, 0, -1 / 32.0];

    private readonly FrontEndSettings _settings;
    private readonly double[] _window;
    private readonly double[,] _weights;
    private readonly RealFft64 _fft;

    public FrontEndFloatReference(FrontEndSettings settings)
    {
        _settings = settings.Clone();
        int n = settings.WindowSize;
        _window = Window.Hamming(n).Select(w => (double)w).ToArray();
        _fft = new RealFft64(n);
        _weights = MelWeights(settings);
    }

    /// <summary>The triangular weights [band, bin] in double precision.</summary>
    public static double[,] MelWeights(FrontEndSettings s)
    {
        static double Mel(double hz) => 2595 * Math.Log10(1 + hz / 700);
        static double Hz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);
        int bins = s.WindowSize / 2 + 1;
        double lo = Mel(s.LowHz);
        double hi = Mel(s.HighHz);
        double[] edges = Enumerable.Range(0, s.MelBands + 2).Select(j => Hz(lo + (hi - lo) * j / (s.MelBands + 1))).ToArray();
        var w = new double[s.MelBands, bins];
        for (int b = 0; b < s.MelBands; b++)
        {
            for (int k = 0; k < bins; k++)
            {
                double f = (double)k * s.AnalysisRate / s.WindowSize;
                if (f > edges[b] && f < edges[b + 1]) w[b, k] = (f - edges[b]) / (edges[b + 1] - edges[b]);
                else if (f >= edges[b + 1] && f < edges[b + 2]) w[b, k] = (edges[b + 2] - f) / (edges[b + 2] - edges[b + 1]);
            }
        }

        return w;
    }

    /// <summary>The decimated analysis-rate signal: y[m] = Σ h[i]·x[2m + 1 − i].</summary>
    public double[] Decimate(short[] pcm)
    {
        if (_settings.Decimation == 1) return pcm.Select(x => (double)x).ToArray();
        var y = new double[pcm.Length / 2];
        for (int m = 0; m < y.Length; m++)
        {
            double sum = 0;
            for (int i = 0; i < HalfBandTaps.Length; i++)
            {
                int at = 2 * m + 1 - i;
                if (at >= 0) sum += HalfBandTaps[i] * pcm[at];
            }

            y[m] = sum;
        }

        return y;
    }

    /// <summary>log2(E_b) for every complete frame (−∞ for a band with no energy).</summary>
    public List<double[]> Log2MelEnergies(short[] pcm)
    {
        double[] x = Decimate(pcm);
        int n = _settings.WindowSize;
        var frames = new List<double[]>();
        var frame = new double[n];
        var re = new double[n];
        var im = new double[n];
        for (int start = 0; start + n <= x.Length; start += _settings.HopSize)
        {
            for (int i = 0; i < n; i++) frame[i] = x[start + i] * _window[i];
            _fft.Direct(frame, re, im);
            var bands = new double[_settings.MelBands];
            for (int b = 0; b < bands.Length; b++)
            {
                double e = 0;
                for (int k = 0; k <= n / 2; k++) e += _weights[b, k] * (re[k] * re[k] + im[k] * im[k]);
                bands[b] = Math.Log2(e / ((double)n * n));
            }

            frames.Add(bands);
        }

        return frames;
    }

    /// <summary>
    /// 10·log10(Σ ref² / Σ (test − ref)²) over all values, both clamped below at
    /// <paramref name="floor"/> (the log2 energy that maps to int8 −128).
    /// </summary>
    public static double SnrDb(IReadOnlyList<double[]> reference, IReadOnlyList<double[]> test, double floor)
    {
        double signal = 0;
        double noise = 0;
        for (int f = 0; f < Math.Min(reference.Count, test.Count); f++)
        {
            for (int b = 0; b < reference[f].Length; b++)
            {
                double r = Math.Max(reference[f][b], floor);
                double t = Math.Max(test[f][b], floor);
                signal += r * r;
                noise += (t - r) * (t - r);
            }
        }

        return noise == 0 ? double.PositiveInfinity : 10 * Math.Log10(signal / noise);
    }

    /// <summary>The log2 energy that the int8 scale maps to −128: (−128 + LogOffset) / LogScale.</summary>
    public static double FloorLog2(FrontEndSettings s) => (-128.0 + s.LogOffset) / s.LogScale;
}
