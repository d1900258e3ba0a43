using System.Globalization;

namespace WearableAI.HubLoad;

/// <summary>The hub's own <c>wai.hub.pipeline.latency</c> histogram read from <c>/metrics</c> (Prometheus text).</summary>
public sealed record HubHistogram(long Count, double P50UpperMs, double P99UpperMs)
{
    /// <summary>Cumulative bucket counts (le → count) of the pipeline latency histogram, summed over label sets.</summary>
    public static SortedDictionary<double, long> Buckets(string prometheusText)
    {
        var buckets = new SortedDictionary<double, long>();
        foreach (string line in prometheusText.Split('\n'))
        {
            if (!line.StartsWith("wai_hub_pipeline_latency", StringComparison.Ordinal) || !line.Contains("_bucket{", StringComparison.Ordinal))
            {
                continue;
            }

            int le = line.IndexOf("le=\"", StringComparison.Ordinal) + 4;
            string bound = line[le..line.IndexOf('"', le)];
            double upper = bound == "+Inf" ? double.PositiveInfinity : double.Parse(bound, CultureInfo.InvariantCulture);
            long count = long.Parse(line[(line.LastIndexOf(' ') + 1)..].Split('.')[0], CultureInfo.InvariantCulture);
            buckets[upper] = buckets.GetValueOrDefault(upper) + count;
        }

        return buckets;
    }

    /// <summary>The histogram of what happened between two reads: bucket upper bounds holding p50 and p99.</summary>
    public static HubHistogram Between(SortedDictionary<double, long> before, SortedDictionary<double, long> after)
    {
        var delta = after.Select(b => (Upper: b.Key, Count: b.Value - before.GetValueOrDefault(b.Key))).ToList();
        long total = delta.Count == 0 ? 0 : delta[^1].Count;
        double Quantile(double q) => total == 0 ? double.NaN : delta.First(b => b.Count >= q * total).Upper;
        return new HubHistogram(total, Quantile(0.50), Quantile(0.99));
    }
}
