namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// A second-order IIR section with the coefficients of the RBJ audio-EQ cookbook (low-pass,
/// high-pass, peaking EQ), run in direct form I over a whole signal.
/// </summary>
public sealed class Biquad
{
    private readonly double _b0, _b1, _b2, _a1, _a2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2)
    {
        _b0 = b0 / a0;
        _b1 = b1 / a0;
        _b2 = b2 / a0;
        _a1 = a1 / a0;
        _a2 = a2 / a0;
    }

    /// <summary>Butterworth-like low-pass (Q = 0.707) at <paramref name="cutoffHz"/>.</summary>
    public static Biquad LowPass(double cutoffHz, int sampleRate, double q = 0.7071067811865476)
    {
        (double cos, double alpha) = Angles(cutoffHz, sampleRate, q);
        return new Biquad((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /// <summary>Butterworth-like high-pass (Q = 0.707) at <paramref name="cutoffHz"/>.</summary>
    public static Biquad HighPass(double cutoffHz, int sampleRate, double q = 0.7071067811865476)
    {
        (double cos, double alpha) = Angles(cutoffHz, sampleRate, q);
        return new Biquad((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /// <summary>Peaking EQ: <paramref name="gainDb"/> at <paramref name="centreHz"/>, width set by <paramref name="q"/>.</summary>
    public static Biquad Peaking(double centreHz, double gainDb, double q, int sampleRate)
    {
        (double cos, double alpha) = Angles(centreHz, sampleRate, q);
        double a = Math.Pow(10, gainDb / 40);
        return new Biquad(1 + alpha * a, -2 * cos, 1 - alpha * a, 1 + alpha / a, -2 * cos, 1 - alpha / a);
    }

    /// <summary>Filters <paramref name="signal"/> in place.</summary>
    public void Process(float[] signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (int i = 0; i < signal.Length; i++)
        {
            double x = signal[i];
            double y = _b0 * x + _b1 * x1 + _b2 * x2 - _a1 * y1 - _a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            signal[i] = (float)y;
        }
    }

    private static (double Cos, double Alpha) Angles(double hz, int sampleRate, double q)
    {
        double w = 2 * Math.PI * Math.Clamp(hz, 1, 0.49 * sampleRate) / sampleRate;
        return (Math.Cos(w), Math.Sin(w) / (2 * q));
    }
}
