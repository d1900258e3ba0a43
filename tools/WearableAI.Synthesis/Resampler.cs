namespace WearableAI.Synthesis;

/// <summary>
/// Rational-ratio polyphase resampler with a Kaiser-windowed sinc low-pass (e.g. espeak-ng's
/// 22 050 Hz to the project's 16 000 Hz: up 320, down 441). The filter cuts at 95 % of the
/// lower Nyquist frequency with about 80 dB stop-band rejection; each polyphase branch is
/// normalised to unit DC gain. Immutable after construction, so one instance serves all threads.
/// </summary>
public sealed class Resampler
{
    private const double KaiserBeta = 8.0;
    private readonly int _up;
    private readonly int _down;
    private readonly int _taps;
    private readonly int _half;
    private readonly float[][] _phases;

    /// <summary>Designs the filter for one pair of rates.</summary>
    /// <param name="inputRate">Rate of the input, Hz.</param>
    /// <param name="outputRate">Rate of the output, Hz.</param>
    /// <param name="zeroCrossings">Sinc zero crossings each side of the centre; more is sharper and slower.</param>
    public Resampler(int inputRate, int outputRate, int zeroCrossings = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRate);
        int g = Gcd(inputRate, outputRate);
        _up = outputRate / g;
        _down = inputRate / g;
        InputRate = inputRate;
        OutputRate = outputRate;

        // Cut-off as a fraction of the input Nyquist frequency.
        double cutoff = 0.95 * Math.Min(1.0, (double)outputRate / inputRate);
        _half = (int)Math.Ceiling(zeroCrossings / cutoff);
        _taps = 2 * _half;
        _phases = new float[_up][];
        for (int p = 0; p < _up; p++)
        {
            // Output sample falls at input position base + p/up; taps k = base - half + 1 … base + half.
            double frac = (double)p / _up;
            var weights = new double[_taps];
            double sum = 0;
            for (int j = 0; j < _taps; j++)
            {
                double t = frac - (j - _half + 1); // distance from the tap to the output position, input samples
                double w = cutoff * Sinc(cutoff * t) * Kaiser(t / (_half + 1));
                weights[j] = w;
                sum += w;
            }

            _phases[p] = weights.Select(w => (float)(w / sum)).ToArray();
        }
    }

    /// <summary>Input rate in Hz.</summary>
    public int InputRate { get; }

    /// <summary>Output rate in Hz.</summary>
    public int OutputRate { get; }

    /// <summary>Number of output samples for <paramref name="inputLength"/> input samples.</summary>
    public int OutputLength(int inputLength) => (int)((long)inputLength * _up / _down);

    /// <summary>Resamples a whole signal (zeros assumed outside it).</summary>
    public float[] Process(float[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var output = new float[OutputLength(input.Length)];
        for (int n = 0; n < output.Length; n++)
        {
            long position = (long)n * _down;
            int first = (int)(position / _up) - _half + 1;
            float[] weights = _phases[(int)(position % _up)];
            double acc = 0;
            int j0 = Math.Max(0, -first);
            int j1 = Math.Min(_taps, input.Length - first);
            for (int j = j0; j < j1; j++) acc += weights[j] * input[first + j];
            output[n] = (float)acc;
        }

        return output;
    }

    private static double Sinc(double x)
    {
        if (Math.Abs(x) < 1e-12) return 1.0;
        double px = Math.PI * x;
        return Math.Sin(px) / px;
    }

    private static double Kaiser(double x)
    {
        double r = 1.0 - x * x;
        return r <= 0 ? 0 : BesselI0(KaiserBeta * Math.Sqrt(r)) / BesselI0(KaiserBeta);
    }

    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 50; k++)
        {
            term *= q / (k * k);
            sum += term;
            if (term < sum * 1e-16) break;
        }

        return sum;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
