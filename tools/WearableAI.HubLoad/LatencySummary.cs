namespace WearableAI.HubLoad;

/// <summary>Percentiles (ms) of a set of latencies.</summary>
public sealed record LatencySummary(double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0)
        {
            return new LatencySummary(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double[] sorted = [.. samples];
        Array.Sort(sorted);
        return new LatencySummary(At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), Math.Round(sorted[^1], 2));
    }

    private static double At(double[] sorted, double quantile) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)], 2);
}
