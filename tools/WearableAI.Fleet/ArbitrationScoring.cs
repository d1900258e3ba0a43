using System.Diagnostics;
using WearableAI.Shared.Protocol;

namespace WearableAI.Fleet;

/// <summary>
/// Scores one utterance from what the watches saw: the expected winner is the watch nearest the
/// speaker; the actual winner is the one whose wake Result says solo or won. Decision time runs
/// from the first candidate of the room to the winner's Result, both at the watches.
/// </summary>
public static class ArbitrationScoring
{
    /// <summary>Scores an utterance.</summary>
    /// <param name="index">Utterance index.</param>
    /// <param name="utterance">What was said, where.</param>
    /// <param name="room">Every watch of the room with its distance from the speaker.</param>
    /// <param name="heard">The candidates the room's watches sent for it.</param>
    public static UtteranceOutcome Score(int index, Utterance utterance, IReadOnlyList<(string Watch, double Metres)> room, IReadOnlyList<HeardCandidate> heard)
    {
        if (room.Count == 0)
        {
            throw new ArgumentException("a room has at least one watch", nameof(room));
        }

        var byDistance = room.OrderBy(w => w.Metres).ToList();
        string nearest = byDistance[0].Watch;
        double? ratio = byDistance.Count < 2 ? null : Math.Round(byDistance[1].Metres / Math.Max(byDistance[0].Metres, 0.01), 2);
        HeardCandidate? winner = heard
            .Where(h => h.WakeResult is { Arbitration: ArbitrationOutcome.Solo or ArbitrationOutcome.Won })
            .OrderBy(h => h.WakeResult!.WallTicks)
            .FirstOrDefault();
        double? decision = null, wake = null, wakeEnd = null, command = null, commandEnd = null;
        string? label = null;
        if (winner is not null)
        {
            long first = heard.Min(h => h.Wake.WallTicks);
            decision = Ms(first, winner.WakeResult!.WallTicks);
            wake = Ms(winner.Wake.WallTicks, winner.WakeResult.WallTicks);
            wakeEnd = Math.Round(winner.WakeResult.SimMs - winner.WakeSpeechEndMs, 2);
            if (winner.Command is not null && winner.CommandResult is not null)
            {
                command = Ms(winner.Command.WallTicks, winner.CommandResult.WallTicks);
                commandEnd = winner.CommandSpeechEndMs is { } end ? Math.Round(winner.CommandResult.SimMs - end, 2) : null;
                label = winner.CommandResult.Label;
            }
        }

        return new UtteranceOutcome(index, utterance.Room, utterance.Say, room.Count, nearest,
            [.. heard.Select(h => h.Watch).Distinct()], winner?.Watch, winner?.WakeResult?.Verdict.ToString().ToLowerInvariant(),
            decision, wake, wakeEnd, command, commandEnd, utterance.Command, label, ratio,
            heard.Count(h => h.WakeResult is { Arbitration: ArbitrationOutcome.Solo or ArbitrationOutcome.Won }),
            heard.Count < 2 ? null : Ms(heard.Min(h => h.Wake.WallTicks), heard.Max(h => h.Wake.WallTicks)),
            [.. heard.Select(h => new CandidateSummary(h.Watch, Math.Round(h.Metres, 2), h.Wake.VoiceEnergy, h.Wake.AmbientEnergy,
                h.WakeResult?.Arbitration.ToString().ToLowerInvariant() ?? "none"))]);
    }

    private static double Ms(long from, long to) => Math.Round(Stopwatch.GetElapsedTime(from, to).TotalMilliseconds, 2);
}
