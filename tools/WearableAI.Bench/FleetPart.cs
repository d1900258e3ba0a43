using WearableAI.Fleet;

namespace WearableAI.Bench;

/// <summary>Traffic and arbitration budgets from a random fleet run (the real firmware core in simulated watches, a real hub).</summary>
public static class FleetPart
{
    /// <summary>Budget rows of a fleet report.</summary>
    /// <param name="r">The fleet run.</param>
    public static IEnumerable<BudgetRow> Rows(FleetReport r)
    {
        string source = $"wai fleet: {r.Scene}";
        yield return BudgetRow.Check(DesignBudgets.Traffic, "bytes up per wake candidate (candidate + command features)", r.Traffic.UpBytesPerCandidate, "B", 4096, true,
            $"down (results) {BudgetRow.Number(r.Traffic.DownBytesPerCandidate)} B", $"{source}; {r.Traffic.WakeCandidates} candidates");
        yield return BudgetRow.Check(DesignBudgets.Traffic, "largest WakeCandidate frame", r.Traffic.LargestCandidateBytes, "B", 4096, true, $"largest CommandFeatures {r.Traffic.LargestCommandBytes} B", source);
        if (r.Idle is { } idle)
        {
            yield return new BudgetRow(DesignBudgets.Traffic, "frame kinds sent while idle", idle.UpBytesPerMinute, "B/min per device",
                "heartbeat only", idle.OnlyHeartbeats ? "pass" : "miss",
                $"{idle.MqttBytesPerMinute:0.#} B/min with MQTT framing; {idle.DownBytesPerMinute:0.#} B/min down",
                $"{source}; idle phase {idle.SimulatedSeconds:0} s simulated at ×{idle.Speed:0}; sent: {(idle.KindsSent.Count == 0 ? "nothing" : string.Join(", ", idle.KindsSent))}");
        }

        yield return BudgetRow.Check(DesignBudgets.Arbitration, "nearest watch wins (decided multi-device utterances)", r.Arbitration.NearestWonPercent, "%", 95, false,
            $"{r.Arbitration.NearestWon}/{r.Arbitration.Decided}; with a clear nearest (runner-up ≥ 1.5× as far) {r.Arbitration.ClearNearestWon}/{r.Arbitration.ClearDecided}; {r.Arbitration.NoCandidate} of {r.Arbitration.MultiDevice} without any candidate; {r.Arbitration.SplitRounds} answered by more than one watch (candidates {BudgetRow.Number(r.Arbitration.Spread.P50)}–{BudgetRow.Number(r.Arbitration.Spread.Max)} ms apart, split over rounds)", source);
        yield return BudgetRow.Check(DesignBudgets.Arbitration, "decision time p99 (first candidate sent → winner's result at the watch)", r.Arbitration.Decision.P99, "ms", 250, true,
            $"p50 {BudgetRow.Number(r.Arbitration.Decision.P50)} ms", source);
        yield return BudgetRow.Info(DesignBudgets.Arbitration, "end to end: end of the command → result at the watch, p50", r.Latency.CommandSpeechEnd.P50, "ms",
            $"wake: end of \"hey nano\" → verdict p50 {BudgetRow.Number(r.Latency.WakeSpeechEnd.P50)} ms", source);
        yield return BudgetRow.Info(DesignBudgets.HubModel, "command accuracy end to end (fleet, shipped clips)", r.Commands.AccuracyPercent, "%",
            $"{r.Commands.Understood}/{r.Commands.Answered} answered", source);
    }
}
