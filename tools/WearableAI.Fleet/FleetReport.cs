using System.Globalization;
using WearableAI.HubLoad;
using WearableAI.Shared.Protocol;

namespace WearableAI.Fleet;

/// <summary>What a fleet run measured (written as JSON by <c>wai fleet --json</c>; <see cref="Format"/> prints it).</summary>
public sealed record FleetReport(
    string Scene,
    string Hub,
    int Watches,
    int Rooms,
    string Clock,
    double WallSeconds,
    ArbitrationFigures Arbitration,
    LatencyFigures Latency,
    CommandFigures Commands,
    TrafficFigures Traffic,
    IdleFigures? Idle,
    IReadOnlyList<DeviceTraffic> Devices,
    IReadOnlyList<UtteranceOutcome> Utterances)
{
    /// <summary>Aggregates the run.</summary>
    public static FleetReport From(Scene scene, string hub, IReadOnlyList<FleetWatch> watches, IReadOnlyDictionary<string, LinkTraffic> traffic,
        IReadOnlyList<UtteranceOutcome> outcomes, IdleFigures? idle, double wallSeconds)
    {
        var multi = outcomes.Where(o => o.MultiDevice && o.Said.FirstOrDefault() == Utterance.WakePhrase).ToList();
        var decided = multi.Where(o => o.Decided).ToList();
        var winners = outcomes.Where(o => o.Decided).ToList();
        var arbitration = new ArbitrationFigures(multi.Count, decided.Count, decided.Count(o => o.NearestWon),
            decided.Count == 0 ? double.NaN : Math.Round(100.0 * decided.Count(o => o.NearestWon) / decided.Count, 1),
            multi.Count(o => o.Heard.Count == 0), LatencySummary.Of([.. decided.Select(o => o.DecisionMs!.Value)]),
            outcomes.Count(o => o.Said.FirstOrDefault() != Utterance.WakePhrase), outcomes.Count(o => o.Said.FirstOrDefault() != Utterance.WakePhrase && o.WinnerVerdict == "accepted"),
            decided.Count(o => o.ClearNearest), decided.Count(o => o.ClearNearest && o.NearestWon),
            decided.Count(o => o.Winners > 1), LatencySummary.Of([.. multi.Where(o => o.SpreadMs is not null).Select(o => o.SpreadMs!.Value)]));
        var latency = new LatencyFigures(
            LatencySummary.Of([.. winners.Select(o => o.WakeLatencyMs!.Value)]),
            LatencySummary.Of([.. winners.Select(o => o.WakeSpeechEndMs!.Value)]),
            LatencySummary.Of([.. winners.Where(o => o.CommandLatencyMs is not null).Select(o => o.CommandLatencyMs!.Value)]),
            LatencySummary.Of([.. winners.Where(o => o.CommandSpeechEndMs is not null).Select(o => o.CommandSpeechEndMs!.Value)]));
        var withCommand = winners.Where(o => o.ExpectedCommand is not null && o.CommandLabel is not null).ToList();
        var commands = new CommandFigures(outcomes.Count(o => o.ExpectedCommand is not null), withCommand.Count, withCommand.Count(o => o.CommandUnderstood),
            withCommand.Count == 0 ? double.NaN : Math.Round(100.0 * withCommand.Count(o => o.CommandUnderstood) / withCommand.Count, 1),
            [.. withCommand.GroupBy(o => o.CommandLabel!).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}")]);

        var devices = watches.Select(w =>
        {
            LinkTraffic t = traffic[w.Place.Name];
            return new DeviceTraffic(w.Place.Name, w.DeviceId, w.Place.Room, t.UpCount(FrameKind.WakeCandidate), t.UpBytes, t.DownBytes, t.MqttBytes);
        }).ToList();
        int candidates = devices.Sum(d => d.WakeCandidates);
        long candidateUp = traffic.Values.Sum(t => t.Up(FrameKind.WakeCandidate) + t.Up(FrameKind.CommandFeatures));
        long candidateDown = traffic.Values.Sum(t => t.Down(FrameKind.Result));
        var sent = watches.SelectMany(w => w.Link.Sent).ToList();
        var trafficFigures = new TrafficFigures(candidates,
            candidates == 0 ? double.NaN : Math.Round((double)candidateUp / candidates, 1),
            candidates == 0 ? double.NaN : Math.Round((double)candidateDown / candidates, 1),
            sent.Where(f => f.Kind == FrameKind.WakeCandidate).Select(f => f.Bytes).DefaultIfEmpty(0).Max(),
            sent.Where(f => f.Kind == FrameKind.CommandFeatures).Select(f => f.Bytes).DefaultIfEmpty(0).Max());

        return new FleetReport(scene.Name, hub, watches.Count, scene.Rooms.Count,
            idle is null ? "real time (×1) for the scene" : $"real time (×1) for the scene, ×{idle.Speed:0} for the idle phase",
            Math.Round(wallSeconds, 1), arbitration, latency, commands, trafficFigures, idle, devices, outcomes);
    }

    /// <summary>The end summary as text.</summary>
    public string Format()
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        static string L(LatencySummary s) => double.IsNaN(s.P50) ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"p50 {s.P50:0.#} ms, p99 {s.P99:0.#} ms, max {s.Max:0.#} ms");
        var lines = new List<string>
        {
            $"fleet: {Scene}",
            string.Create(c, $"  {Watches} watches in {Rooms} rooms; {Hub}; clock {Clock}; {WallSeconds:0} s wall"),
            string.Create(c, $"  arbitration: nearest watch won {Arbitration.NearestWon}/{Arbitration.Decided} decided multi-device utterances ({Arbitration.NearestWonPercent:0.#} %, budget ≥ 95 %); {Arbitration.NoCandidate} of {Arbitration.MultiDevice} had no candidate; {Arbitration.NotWakeAccepted} of {Arbitration.NotWake} utterances without the wake phrase accepted"),
            string.Create(c, $"  with a clear nearest watch (runner-up ≥ {UtteranceOutcome.ClearRatio}× as far): nearest won {Arbitration.ClearNearestWon}/{Arbitration.ClearDecided}; more than one watch answered in {Arbitration.SplitRounds} (candidates split over rounds)"),
            $"  candidate spread (first → last candidate of an utterance sent): {L(Arbitration.Spread)}",
            $"  decision time (first candidate sent → winner's result at the watch): {L(Arbitration.Decision)} (budget ≤ 250 ms)",
            $"  wake: candidate sent → result {L(Latency.WakeSent)}; end of \"hey nano\" → result {L(Latency.WakeSpeechEnd)}",
            $"  command: features sent → result {L(Latency.CommandSent)}; end of the command → result {L(Latency.CommandSpeechEnd)}",
            string.Create(c, $"  command accuracy: {Commands.Understood}/{Commands.Answered} answered commands right ({Commands.AccuracyPercent:0.#} %; labels {string.Join(", ", Commands.Labels)}); {Commands.Said} said"),
            string.Create(c, $"  traffic per wake candidate: {Traffic.UpBytesPerCandidate:0} B up (candidate + command features), {Traffic.DownBytesPerCandidate:0} B down (results); largest candidate {Traffic.LargestCandidateBytes} B, command {Traffic.LargestCommandBytes} B (budget ≤ 4096 B)"),
        };
        if (Idle is { } idle)
        {
            lines.Add(string.Create(c, $"  idle ({idle.SimulatedSeconds:0} s simulated): {idle.UpBytesPerMinute:0.#} B/min up, {idle.DownBytesPerMinute:0.#} B/min down per device ({idle.MqttBytesPerMinute:0.#} B/min with MQTT framing); sent: {(idle.KindsSent.Count == 0 ? "nothing" : string.Join(", ", idle.KindsSent))} — {(idle.OnlyHeartbeats ? "only heartbeats" : "MORE THAN HEARTBEATS")}"));
        }

        lines.Add("  bytes per device (scene): " + string.Join("; ", Devices.Take(12).Select(d => string.Create(c, $"{d.Name} {d.UpBytes}↑ {d.DownBytes}↓ ({d.WakeCandidates} candidates)"))) + (Devices.Count > 12 ? $"; … {Devices.Count - 12} more" : ""));
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>Arbitration over multi-device utterances starting with the wake phrase.</summary>
/// <param name="MultiDevice">Wake utterances in rooms of two or more watches.</param>
/// <param name="Decided">Of those, the ones the hub picked a winner for.</param>
/// <param name="NearestWon">Of those, the ones the nearest watch won.</param>
/// <param name="NearestWonPercent">NearestWon / Decided.</param>
/// <param name="NoCandidate">Multi-device wake utterances no watch sent a candidate for.</param>
/// <param name="Decision">Decision times.</param>
/// <param name="NotWake">Utterances that do not start with the wake phrase (e.g. hey_mario).</param>
/// <param name="NotWakeAccepted">Of those, the ones the hub accepted as a wake word (false wakes).</param>
/// <param name="ClearDecided">Decided utterances whose runner-up watch was at least 1.5× as far as the nearest.</param>
/// <param name="ClearNearestWon">Of those, the ones the nearest won.</param>
/// <param name="SplitRounds">Decided utterances where more than one watch was answered as winner (candidates split over rounds).</param>
/// <param name="Spread">First to last candidate sent within an utterance.</param>
public sealed record ArbitrationFigures(int MultiDevice, int Decided, int NearestWon, double NearestWonPercent, int NoCandidate, LatencySummary Decision, int NotWake, int NotWakeAccepted, int ClearDecided, int ClearNearestWon, int SplitRounds, LatencySummary Spread);

/// <summary>Latencies at the winning watch.</summary>
public sealed record LatencyFigures(LatencySummary WakeSent, LatencySummary WakeSpeechEnd, LatencySummary CommandSent, LatencySummary CommandSpeechEnd);

/// <summary>Commands said after the wake phrase and what the hub made of them.</summary>
public sealed record CommandFigures(int Said, int Answered, int Understood, double AccuracyPercent, IReadOnlyList<string> Labels);

/// <summary>Bytes per wake candidate (all watches).</summary>
public sealed record TrafficFigures(int WakeCandidates, double UpBytesPerCandidate, double DownBytesPerCandidate, int LargestCandidateBytes, int LargestCommandBytes);

/// <summary>One device's traffic during the scene.</summary>
public sealed record DeviceTraffic(string Name, string DeviceId, string Room, int WakeCandidates, long UpBytes, long DownBytes, long MqttBytes);
