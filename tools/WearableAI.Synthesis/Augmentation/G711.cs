namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// G.711 companding as a quantiser: a sample in [−1, 1] is encoded to 8 bits and decoded again
/// (µ-law with µ = 255, A-law with A = 87.6, continuous formulas with 8-bit codes), so quiet
/// samples keep fine steps and loud ones get coarse steps, as on a telephone line.
/// </summary>
public static class G711
{
    private const double Mu = 255;
    private const double A = 87.6;

    /// <summary>µ-law encode to 8 bits and decode.</summary>
    public static float MuLawRoundTrip(float sample)
    {
        double x = Math.Clamp(sample, -1f, 1f);
        double y = Math.Sign(x) * Math.Log(1 + Mu * Math.Abs(x)) / Math.Log(1 + Mu);
        double q = Quantise(y);
        return (float)(Math.Sign(q) * (Math.Pow(1 + Mu, Math.Abs(q)) - 1) / Mu);
    }

    /// <summary>A-law encode to 8 bits and decode.</summary>
    public static float ALawRoundTrip(float sample)
    {
        double x = Math.Abs(Math.Clamp(sample, -1f, 1f));
        double denominator = 1 + Math.Log(A);
        double y = x < 1 / A ? A * x / denominator : (1 + Math.Log(A * x)) / denominator;
        double q = Math.Abs(Quantise(Math.Sign(sample) * y));
        double decoded = q < 1 / denominator ? q * denominator / A : Math.Exp(q * denominator - 1) / A;
        return (float)(Math.Sign(sample) * decoded);
    }

    /// <summary>Rounds a value in [−1, 1] to one of 256 levels (the mid-points of 8-bit codes).</summary>
    private static double Quantise(double y)
    {
        double step = 1.0 / 128;
        double q = (Math.Floor(Math.Abs(y) / step) + 0.5) * step;
        return Math.Sign(y) * Math.Min(q, 1.0);
    }
}
