using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using WearableAI.Hub.Cluster;

namespace WearableAI.Hub.Arbitration;

/// <summary>
/// A group's arbitration state and timing (<see cref="IArbitrationGroupGrain"/>); the decision itself is
/// <see cref="ArbitrationRule"/>'s. The first candidate to arrive opens a round; others arriving join it until
/// <see cref="ArbitrationOptions.WindowMs"/> has passed or every online device of the group arrived (a device alone
/// online is decided at once); once the arrived candidates' measurements are in (at most <see cref="MeasurementWait"/>
/// later), every candidate gets the same <see cref="RoundVerdict"/>. The grain remembers the last <see cref="Remembered"/>
/// candidates' rounds, so a re-sent candidate gets its verdict again instead of a second round, and the last decided
/// round, so a device missing from it whose candidate belongs to that phrase — made within
/// <see cref="ArbitrationOptions.LateMs"/> of it, however late it arrives — stands down instead of answering a phrase
/// another watch answered.
/// </summary>
/// <remarks>
/// Reentrant: while a round waits out its window, the next candidates join it (Orleans runs one turn at a time, so the
/// state needs no lock). Awaits here keep the grain's scheduler (no <c>ConfigureAwait(false)</c>). A worker that dies
/// takes its groups' open rounds with it; their candidates come again (the workers retry the call, the watches
/// re-send) and meet a fresh activation on a live worker. The last decided round is written to grain storage
/// (<see cref="HubSilo.RoundStorage"/>: Redis in Cluster mode, memory in Single mode) before it is answered, so the fresh
/// activation still knows it: the other watch of that phrase stands down, and a re-sent candidate of it is told its
/// verdict again — instead of a round of their own answering the phrase twice.
/// </remarks>
[Reentrant]
public sealed partial class ArbitrationGroupGrain(
    IOptions<ArbitrationOptions> options,
    TimeProvider clock,
    [PersistentState("last-round", HubSilo.RoundStorage)] IPersistentState<DecidedRound> stored,
    ILogger<ArbitrationGroupGrain> logger) : Grain, IArbitrationGroupGrain
{
    /// <summary>How many candidates' rounds a group remembers for re-sends (a few minutes of a busy household).</summary>
    public const int Remembered = 256;

    /// <summary>
    /// How long after its window a round waits for the measurements of candidates that arrived: a worker that died
    /// after announcing one never sends it, and the round is decided without it (its watch's copy then stands down).
    /// </summary>
    public static readonly TimeSpan MeasurementWait = TimeSpan.FromSeconds(2);

    private readonly Dictionary<(string, uint), Candidate> _candidates = [];
    private readonly Queue<(string, uint)> _oldest = new();
    private readonly List<ArbitrationRound> _deciding = [];
    private ArbitrationRound? _open;
    private DecidedRound? _last;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (stored.RecordExists)
        {
            _last = stored.State;
            foreach ((string DeviceId, uint Sequence) key in _last.Keys)
            {
                // A candidate of the phrase decided before this activation: its copy is told the verdict again.
                _candidates[key] = new Candidate(Task.FromResult(_last.Verdict)) { Joined = true };
                _oldest.Enqueue(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task ArriveAsync(string deviceId, uint sequence, long madeAtMs, int expected)
    {
        Arrive((deviceId, sequence), madeAtMs, expected);
        return Task.CompletedTask;
    }

    public async Task<RoundAnswer> JoinAsync(RoundEntry entry, int expected)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Candidate candidate = _candidates.TryGetValue(entry.Key, out Candidate? known) ? known : Arrive(entry.Key, entry.MadeAtMs, expected);
        if (candidate.Joined)
        {
            return new RoundAnswer(await candidate.Round.ConfigureAwait(true), Repeat: true, Late: false);
        }

        candidate.Joined = true;
        if (candidate.Late)
        {
            return new RoundAnswer(await candidate.Round.ConfigureAwait(true), Repeat: false, Late: true);
        }

        // Weighed when its round still collects measurements; a round decided without it (its measurement came
        // after the round stopped waiting) makes it late: it stands down.
        bool counted = candidate.InRound is { } round && !round.Decided.IsCompleted;
        if (counted)
        {
            candidate.InRound!.Measure(entry);
        }

        RoundVerdict verdict = await candidate.Round.ConfigureAwait(true);
        return new RoundAnswer(verdict, Repeat: false, Late: !counted);
    }

    /// <summary>
    /// Counts a candidate in: the open round, a new one, or — of a phrase whose round it was not in, closed or decided —
    /// late.
    /// </summary>
    private Candidate Arrive((string DeviceId, uint Sequence) key, long madeAtMs, int expected)
    {
        if (_candidates.TryGetValue(key, out Candidate? known))
        {
            return known;
        }

        Candidate candidate;
        if (_deciding.LastOrDefault(r => !r.HasDevice(key.DeviceId) && OfPhrase(r.PhraseAtMs, madeAtMs, sinceDecidedMs: 0)) is { } deciding)
        {
            // Its window closed, its measurements are still coming: a late candidate of its phrase waits for its verdict.
            deciding.Late.Add(key);
            candidate = new Candidate(deciding.Decided) { Late = true };
        }
        else if (_last is { } last && !last.Keys.Any(k => k.DeviceId == key.DeviceId) && BelongsTo(last, madeAtMs))
        {
            candidate = new Candidate(Task.FromResult(last.Verdict)) { Late = true };
        }
        else
        {
            ArbitrationRound? opened = null;
            if (_open is null)
            {
                _open = opened = new ArbitrationRound(options.Value.WindowMs == 0 ? 1 : Math.Max(1, expected));
            }

            ArbitrationRound round = _open;
            round.Arrive(key, madeAtMs);
            candidate = new Candidate(round.Decided) { InRound = round };
            if (opened is not null)
            {
                _ = CloseAsync(opened); // runs on in this grain's turns: waits out the window, then the measurements
            }
        }

        _candidates[key] = candidate;
        _oldest.Enqueue(key);
        while (_oldest.Count > Remembered)
        {
            _candidates.Remove(_oldest.Dequeue());
        }

        return candidate;
    }

    private async Task CloseAsync(ArbitrationRound round)
    {
        if (round.Expected > 1)
        {
            using var windowEnd = new CancellationTokenSource();
            await Task.WhenAny(Task.Delay(TimeSpan.FromMilliseconds(options.Value.WindowMs), clock, windowEnd.Token), round.Full).ConfigureAwait(true);
            await windowEnd.CancelAsync().ConfigureAwait(true);
        }

        round.Close();
        _open = null;
        _deciding.Add(round);
        try
        {
            await DecideAsync(round).ConfigureAwait(true);
        }
        finally
        {
            _deciding.Remove(round);
        }
    }

    /// <summary>Waits for the arrived candidates' measurements (at most <see cref="MeasurementWait"/>), then decides the round.</summary>
    private async Task DecideAsync(ArbitrationRound round)
    {
        using (var measuring = new CancellationTokenSource())
        {
            Task deadline = Task.Delay(MeasurementWait, TimeProvider.System, measuring.Token);
            while (!round.AllMeasured && !deadline.IsCompleted)
            {
                await Task.WhenAny(round.NextMeasurement, deadline).ConfigureAwait(true);
            }

            await measuring.CancelAsync().ConfigureAwait(true);
        }

        IReadOnlyList<RoundEntry> entries = round.Entries;
        var measured = entries.Select(e => e.Key).ToHashSet();
        (string, uint)[] unmeasured = [.. round.Arrived.Where(k => !measured.Contains(k))];
        if (entries.Count == 0)
        {
            foreach ((string, uint) key in unmeasured.Concat(round.Late))
            {
                _candidates.Remove(key); // no round to stand down from: a copy of it opens the next one
            }

            round.Fail(new InvalidOperationException("no candidate of the round was measured"));
            return;
        }

        try
        {
            RoundVerdict verdict = Decide(entries);
            _last = new DecidedRound([.. entries.Select(e => (e.Candidate.DeviceId, e.Sequence))], verdict, clock.GetUtcNow().ToUnixTimeMilliseconds(), round.PhraseAtMs);
            await RememberAsync(_last).ConfigureAwait(true);
            foreach ((string, uint) key in unmeasured)
            {
                // Its worker died after counting it in: the phrase was answered without it, so its copy (the watch
                // re-sends) stands down naming the winner, however late it comes — never a round of its own.
                _candidates[key] = new Candidate(Task.FromResult(verdict)) { Late = true };
            }

            round.Complete(verdict);
        }
#pragma warning disable CA1031 // every candidate of the round gets the failure (their workers log it)
        catch (Exception e)
#pragma warning restore CA1031
        {
            round.Fail(e);
        }
    }

    /// <summary>
    /// Whether a candidate from a device missing from <paramref name="last"/> is of that round's phrase. By the watches'
    /// clocks when both are known: made within <see cref="ArbitrationOptions.LateMs"/> of the phrase — however long it
    /// took to arrive (a copy re-sent after a worker died, held up further while the cluster noticed), even while the
    /// next phrase's round is open. Else by the hub's: no round open, and arriving within LateMs of the decision.
    /// </summary>
    private bool BelongsTo(DecidedRound last, long madeAtMs) =>
        OfPhrase(last.PhraseAtMs, madeAtMs, _open is null ? clock.GetUtcNow().ToUnixTimeMilliseconds() - last.DecidedAtMs : long.MaxValue);

    /// <summary>
    /// A candidate made at <paramref name="madeAtMs"/> is of the phrase spoken at <paramref name="phraseAtMs"/>: within
    /// <see cref="ArbitrationOptions.LateMs"/> of it by the watches' clocks, or — without them — when its round was decided
    /// at most LateMs ago (<paramref name="sinceDecidedMs"/>; 0 for a round still being decided).
    /// </summary>
    private bool OfPhrase(long phraseAtMs, long madeAtMs, long sinceDecidedMs) =>
        madeAtMs > 0 && phraseAtMs > 0
            ? Math.Abs(madeAtMs - phraseAtMs) <= options.Value.LateMs
            : sinceDecidedMs <= options.Value.LateMs;

    private static RoundVerdict Decide(IReadOnlyList<RoundEntry> entries)
    {
        ArbitrationDecision decision = ArbitrationRule.Decide([.. entries.Select(e => e.Candidate)], entries[0].LogScale);
        var shown = new ArbitrationCandidate[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            RoundCandidate c = entries[i].Candidate;
            shown[i] = new ArbitrationCandidate(
                c.DeviceId, entries[i].Sequence, entries[i].VoiceEnergy, c.AmbientEnergy, Math.Round(c.WatchScore, 4),
                c.HubConfidence is { } h ? Math.Round(h, 4) : null, Math.Round(decision.Scores[i], 4),
                Math.Round((entries[i].ReceivedAt - entries[0].ReceivedAt).TotalMilliseconds, 2), Math.Round(c.VoiceLevel, 2));
        }

        RoundEntry winner = entries[decision.Winner];
        return new RoundVerdict(winner.Candidate.DeviceId, winner.Sequence, decision.Verdict, decision.Reason, shown);
    }

    /// <summary>One candidate as the grain knows it: its round and that round's verdict (to come), late or not, joined yet or not.</summary>
    private sealed class Candidate(Task<RoundVerdict> round)
    {
        public Task<RoundVerdict> Round { get; } = round;

        public bool Late { get; init; }

        /// <summary>The round it arrived in (none when late).</summary>
        public ArbitrationRound? InRound { get; init; }

        public bool Joined { get; set; }
    }

    /// <summary>Writes the decided round to grain storage; a failure is logged and the round answered all the same.</summary>
    private async Task RememberAsync(DecidedRound round)
    {
        stored.State = round;
        try
        {
            await stored.WriteStateAsync().ConfigureAwait(true);
        }
#pragma warning disable CA1031 // the watches still get their verdicts; only a later re-activation will not know this round
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogNotRemembered(e, this.GetPrimaryKeyString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {GroupId}'s decided round was not written to grain storage; it is answered all the same")]
    private partial void LogNotRemembered(Exception exception, string groupId);
}
