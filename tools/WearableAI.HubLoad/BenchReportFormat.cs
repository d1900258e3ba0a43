using System.Globalization;
using System.Text.Json;

namespace WearableAI.HubLoad;

/// <summary>A <see cref="BenchReport"/> as JSON and as the table the bench prints (also in `wai bench`'s report).</summary>
public static class BenchReportFormat
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Table(BenchReport r)
    {
        string Row(string name, StepResult s) => string.Create(CultureInfo.InvariantCulture,
            $"| {name,-6} | {s.EventsPerSecond,8} | {s.Latency.P50,7} | {s.Latency.P95,7} | {s.Latency.P99,7} | {s.Latency.Max,7} | {s.Lost,5} | {s.Duplicates + s.Errors,6} |");
        var text = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{r.Date:yyyy-MM-dd HH:mm} UTC, {r.ProcessorCount} cores, {r.Machine}; model {r.Model}"),
            "| target | events/s |  p50 ms |  p95 ms |  p99 ms |  max ms |  lost | errors |",
            "|--------|----------|---------|---------|---------|---------|-------|--------|",
            Row("hub", r.Hub),
            Row("echo", r.Echo),
            string.Create(CultureInfo.InvariantCulture, $"hub ÷ echo: p50 ×{r.RatioP50}, p99 ×{r.RatioP99}"),
        };
        if (r.HubHistogram is { Count: > 0 } h)
        {
            text.Add(string.Create(CultureInfo.InvariantCulture, $"hub's own histogram (event received → result published, {h.Count} results): p50 ≤ {h.P50UpperMs} ms, p99 ≤ {h.P99UpperMs} ms (bucket bounds)"));
        }

        text.Add(string.Create(CultureInfo.InvariantCulture, $"budget p99 ≤ {r.BudgetP99Ms} ms at {r.Hub.Devices} devices (device side): {(r.BudgetPassed ? "PASS" : "MISS")} ({r.Hub.Latency.P99} ms)"));
        if (r.Ramp.Count > 0)
        {
            text.Add(string.Create(CultureInfo.InvariantCulture, $"max sustained: {r.MaxSustainedEventsPerSecond} events/s"));
        }

        return string.Join(Environment.NewLine, text);
    }
}
