using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace WearableAI.Hub.Arbitration;

/// <summary>
/// A group's arbitration state and timing (<see cref="IArbitrationGroupGrain"/>); the decision itself is
/// <see cref="ArbitrationRule"/>'s. The first candidate opens a round; others join it until
/// <see cref="ArbitrationOptions.WindowMs"/> has passed or every online device of the group sent one (a device alone
/// online is decided at once); then every candidate gets the same <see cref="RoundVerdict"/>. The grain remembers the
/// last <see cref="Remembered"/> candidates' rounds, so a re-sent candidate gets its verdict again instead of a second
/// round, and the last decided round, so a device missing from it whose candidate comes within
/// <see cref="ArbitrationOptions.LateMs"/> stands down instead of answering a phrase another watch answered.
/// </summary>
/// <remarks>
/// Reentrant: while a round waits out its window, the next candidates join it (Orleans runs one turn at a time, so the
/// state needs no lock). Awaits here keep the grain's scheduler (no <c>ConfigureAwait(false)</c>). In memory: a worker
/// that dies takes its groups' open rounds with it; their candidates come again (the workers retry the call, the
/// watches re-send) and meet a fresh activation on a live worker.
/// </remarks>
[Reentrant]
public sealed class ArbitrationGroupGrain(IOptions<ArbitrationOptions> options, TimeProvider clock) : Grain, IArbitrationGroupGrain
{
    /// <summary>How many candidates' rounds a group remembers for re-sends (a few minutes of a busy household).</summary>
    public const int Remembered = 256;

    private readonly Dictionary<(string, uint), Task<RoundVerdict>> _rounds = [];
    private readonly Queue<(string, uint)> _oldest = new();
    private ArbitrationRound? _open;
    private DecidedRound? _last;

    public async Task<RoundAnswer> JoinAsync(RoundEntry entry, int expected)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_rounds.TryGetValue(entry.Key, out Task<RoundVerdict>? seen))
        {
            return new RoundAnswer(await seen.ConfigureAwait(true), Repeat: true, Late: false);
        }

        if (_last is { } last && !last.Devices.Contains(entry.Candidate.DeviceId) && clock.GetElapsedTime(last.DecidedAt).TotalMilliseconds <= options.Value.LateMs)
        {
            Remember(entry.Key, Task.FromResult(last.Verdict));
            return new RoundAnswer(last.Verdict, Repeat: false, Late: true);
        }

        bool opens = _open is null;
        ArbitrationRound round = _open ??= new ArbitrationRound(options.Value.WindowMs == 0 ? 1 : Math.Max(1, expected));
        round.Add(entry);
        Remember(entry.Key, round.Decided);
        if (opens)
        {
            await CloseAsync(round).ConfigureAwait(true);
        }

        return new RoundAnswer(await round.Decided.ConfigureAwait(true), Repeat: false, Late: false);
    }

    private async Task CloseAsync(ArbitrationRound round)
    {
        if (round.Expected > 1)
        {
            using var windowEnd = new CancellationTokenSource();
            Task window = Task.Delay(TimeSpan.FromMilliseconds(options.Value.WindowMs), clock, windowEnd.Token);
            await Task.WhenAny(window, round.Full).ConfigureAwait(true);
            await windowEnd.CancelAsync().ConfigureAwait(true);
        }

        _open = null;
        try
        {
            RoundVerdict verdict = Decide(round);
            _last = new DecidedRound([.. round.Entries.Select(e => e.Candidate.DeviceId)], verdict, clock.GetTimestamp());
            round.Complete(verdict);
        }
#pragma warning disable CA1031 // every candidate of the round gets the failure (their workers log it)
        catch (Exception e)
#pragma warning restore CA1031
        {
            round.Fail(e);
        }
    }

    private static RoundVerdict Decide(ArbitrationRound round)
    {
        IReadOnlyList<RoundEntry> entries = round.Entries;
        ArbitrationDecision decision = ArbitrationRule.Decide([.. entries.Select(e => e.Candidate)], entries[0].LogScale);
        var shown = new ArbitrationCandidate[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            RoundCandidate c = entries[i].Candidate;
            shown[i] = new ArbitrationCandidate(
                c.DeviceId, entries[i].Sequence, entries[i].VoiceEnergy, c.AmbientEnergy, Math.Round(c.WatchScore, 4),
                c.HubConfidence is { } h ? Math.Round(h, 4) : null, Math.Round(decision.Scores[i], 4), Math.Round((entries[i].ReceivedAt - entries[0].ReceivedAt).TotalMilliseconds, 2), Math.Round(c.VoiceLevel, 2));
        }

        RoundEntry winner = entries[decision.Winner];
        return new RoundVerdict(winner.Candidate.DeviceId, winner.Sequence, decision.Verdict, decision.Reason, shown);
    }

    private void Remember((string, uint) key, Task<RoundVerdict> round)
    {
        _rounds[key] = round;
        _oldest.Enqueue(key);
        while (_oldest.Count > Remembered)
        {
            _rounds.Remove(_oldest.Dequeue());
        }
    }

    /// <summary>The group's last decided round: who took part, what was decided, when (<see cref="TimeProvider.GetTimestamp"/>).</summary>
    private sealed record DecidedRound(HashSet<string> Devices, RoundVerdict Verdict, long DecidedAt);
}
