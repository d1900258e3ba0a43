namespace WearableAI.Hub.Observability;

/// <summary>Kept inference latencies and their median and 95th percentile (null without samples).</summary>
public sealed record LatencySummary(int Count, double? P50Milliseconds, double? P95Milliseconds, IReadOnlyList<LatencySample> Samples)
{
    /// <summary>Summarises samples (nearest-rank percentiles).</summary>
    public static LatencySummary Of(IReadOnlyList<LatencySample> samples)
    {
        double[] sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        return new LatencySummary(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), samples);
    }

    private static double? Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
