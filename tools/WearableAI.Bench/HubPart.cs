using WearableAI.HubLoad;

namespace WearableAI.Bench;

/// <summary>The hub latency budget, the hub ÷ bare-broker ratio and the maximum sustained events/s, with HubBench's runner (same code as tools/HubBench).</summary>
public static class HubPart
{
    /// <summary>Runs the load bench.</summary>
    /// <param name="options">Devices, rate, duration, ramp.</param>
    /// <param name="progress">Progress lines.</param>
    public static async Task<BenchReport> RunAsync(BenchOptions options, Action<string> progress) =>
        await BenchRunner.RunAsync(options, progress);

    /// <summary>Budget rows of a load-bench report.</summary>
    /// <param name="r">The report.</param>
    public static IEnumerable<BudgetRow> Rows(BenchReport r)
    {
        string source = $"HubBench: {r.Hub.Devices} devices × {r.Hub.RatePerDevice}/s WakeCandidate for {r.Hub.Seconds:0} s; device side publish → result received; model {Path.GetFileName(r.Model.TrimEnd('/'))}";
        yield return BudgetRow.Check(DesignBudgets.HubLatency, $"p99 at {r.Hub.Devices} devices", r.Hub.Latency.P99, "ms", 20, true, $"bare MQTT echo {BudgetRow.Number(r.Echo.Latency.P99)} ms", source + (r.Hub.Complete ? "" : $"; INCOMPLETE: lost {r.Hub.Lost}, errors {r.Hub.Errors}"));
        yield return BudgetRow.Info(DesignBudgets.HubLatency, $"p50 at {r.Hub.Devices} devices", r.Hub.Latency.P50, "ms", $"bare MQTT echo {BudgetRow.Number(r.Echo.Latency.P50)} ms", source);
        yield return BudgetRow.Info(DesignBudgets.HubLatency, "hub ÷ bare broker, p50 / p99", r.RatioP99, "×", $"p50 ×{r.RatioP50}", "same load against the hub and a bare MQTTnet echo broker");
        if (r.HubHistogram is { Count: > 0 } h)
        {
            yield return BudgetRow.Info(DesignBudgets.HubLatency, "hub's own histogram: event received → result published, p99 bucket bound", h.P99UpperMs, "ms", $"p50 ≤ {h.P50UpperMs} ms", "/metrics of the hub");
        }

        yield return BudgetRow.Info(DesignBudgets.HubLatency, "maximum sustained events/s (p99 ≤ 20 ms, nothing lost)", r.Ramp.Count == 0 ? r.Hub.EventsPerSecond : r.MaxSustainedEventsPerSecond, "events/s",
            r.Ramp.Count == 0 ? "no ramp (quick mode)" : $"ramp ×1.5 per {r.Ramp[0].Seconds:0} s step, {r.Ramp.Count} steps", source);
    }
}
