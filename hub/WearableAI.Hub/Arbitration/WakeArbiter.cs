using System.Diagnostics;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Frames;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Presence;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Arbitration;

/// <summary>
/// Collects the wake candidates of a group into rounds and applies what <see cref="ArbitrationRule"/> decides.
/// The first candidate of a group opens a round; others arriving within <see cref="ArbitrationOptions.WindowMs"/>
/// join it; the round closes after the window or as soon as every online device of the group sent one. A device
/// that is the only online one of its group is decided at once (no wait). The round's candidates are scored by
/// the hub model in one batch and measured (<see cref="VoiceLevel"/>); then the effects: the winner's Result
/// (accepted, rejected or unverified), its threshold's adaptation, the others' "stand down / lost" naming the
/// winner, and — for several devices — the stored decision (<see cref="ArbitrationLog"/>) and the timeline.
/// </summary>
public sealed partial class WakeArbiter(
    IArbitrationStore rounds,
    PresenceStore presence,
    IKeywordModel model,
    DeviceThresholds thresholds,
    ResultPublisher results,
    ActionCodes actionCodes,
    WakeOutcomes outcomes,
    ArbitrationLog log,
    PipelineMetrics metrics,
    TimelineFeed timeline,
    IOptions<ArbitrationOptions> options,
    TimeProvider clock,
    ILogger<WakeArbiter> logger)
{
    /// <summary>Feature steps per octave when no hub model (and so no manifest) is loaded: the front end's default.</summary>
    private const int DefaultLogScale = 8;

    /// <summary>Takes a wake candidate; returns once it is decided (solo) or queued in a round.</summary>
    public async Task SubmitAsync(IngestedFrame item, WakeCandidateFrame wake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var candidate = new PendingCandidate(item, wake, Stopwatch.GetTimestamp());
        IReadOnlyList<string> online = await presence.OnlineInGroupAsync(item.GroupId, cancellationToken).ConfigureAwait(false);
        int expected = online.Count(id => id != item.DeviceId) + 1;
        if (expected <= 1 || options.Value.WindowMs == 0)
        {
            await DecideAsync(item.GroupId, [candidate], cancellationToken).ConfigureAwait(false);
            return;
        }

        ArbitrationRound round = rounds.Join(item.GroupId, candidate, expected, out bool opened);
        if (opened)
        {
            _ = RunRoundAsync(round, cancellationToken);
        }
    }

    private async Task RunRoundAsync(ArbitrationRound round, CancellationToken cancellationToken)
    {
        try
        {
            using var windowEnd = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task window = Task.Delay(TimeSpan.FromMilliseconds(options.Value.WindowMs), clock, windowEnd.Token);
            await Task.WhenAny(window, round.Full).ConfigureAwait(false);
            await windowEnd.CancelAsync().ConfigureAwait(false);
            await DecideAsync(round.GroupId, rounds.Close(round), cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a failed round is logged; the devices time out on their side
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogRoundFailed(e, round.GroupId);
        }
    }

    private async Task DecideAsync(string groupId, IReadOnlyList<PendingCandidate> pending, CancellationToken cancellationToken)
    {
        ModelManifest? manifest = model.Manifest;
        int logScale = manifest?.LogScale ?? DefaultLogScale;
        double?[] confidences = await Task.WhenAll(pending.Select(p => ConfidenceAsync(p.Wake, cancellationToken))).ConfigureAwait(false);
        var round = new RoundCandidate[pending.Count];
        for (int i = 0; i < pending.Count; i++)
        {
            WakeCandidateFrame w = pending[i].Wake;
            double? threshold = manifest is null ? null : (await thresholds.GetAsync(pending[i].Item.DeviceId, cancellationToken).ConfigureAwait(false)).Threshold;
            round[i] = new RoundCandidate(pending[i].Item.DeviceId, VoiceLevel.Of(w.Features, w.FrameCount, w.BandCount, logScale), w.AmbientEnergy,
                w.Score / 32767.0, confidences[i], threshold);
        }

        ArbitrationDecision decision = ArbitrationRule.Decide(round, logScale);
        await ApplyAsync(groupId, pending, round, decision, manifest, cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyAsync(string groupId, IReadOnlyList<PendingCandidate> pending, RoundCandidate[] round, ArbitrationDecision decision, ModelManifest? manifest, CancellationToken cancellationToken)
    {
        int w = decision.Winner;
        string winnerId = round[w].DeviceId;
        uint winnerSequence = pending[w].Wake.Sequence;
        bool solo = pending.Count == 1;
        if (decision.Verdict != Verdict.Unverified)
        {
            await thresholds.RecordAsync(winnerId, decision.Verdict == Verdict.Rejected, cancellationToken).ConfigureAwait(false);
        }

        outcomes.Complete(winnerId, winnerSequence, decision.Verdict == Verdict.Accepted);
        string wakeLabel = manifest?.WakeLabel ?? "";
        ArbitrationOutcome outcome = solo ? ArbitrationOutcome.Solo : ArbitrationOutcome.Won;
        metrics.Arbitration(outcome);
        await results.PublishAsync(
            new HubResult(winnerId, groupId, winnerSequence, FrameKind.WakeCandidate, decision.Verdict, outcome, wakeLabel,
                round[w].HubConfidence ?? round[w].WatchScore, actionCodes.For(decision.Verdict, wakeLabel, manifest?.WakeIndex ?? 0, isWake: true), solo ? null : winnerId),
            pending[w].Item.ReceivedAt,
            cancellationToken).ConfigureAwait(false);
        if (solo)
        {
            return;
        }

        List<ArbitrationCandidate> shown = [.. pending.Select((p, i) => Shown(p, round[i], decision.Scores[i], pending[0].JoinedAt))];
        await log.AddAsync(groupId, options.Value.WindowMs, shown[w], decision.Reason, shown, cancellationToken).ConfigureAwait(false);
        timeline.Publish(TimelineKind.Arbitration, winnerId, groupId,
            $"{winnerId} answers ({shown.Count} devices heard it): {decision.Reason}",
            new { winner = winnerId, reason = decision.Reason, windowMs = options.Value.WindowMs, candidates = shown });
        for (int i = 0; i < pending.Count; i++)
        {
            if (i == w)
            {
                continue;
            }

            outcomes.Complete(round[i].DeviceId, pending[i].Wake.Sequence, false);
            metrics.Arbitration(ArbitrationOutcome.Lost);
            await results.PublishAsync(
                new HubResult(round[i].DeviceId, groupId, pending[i].Wake.Sequence, FrameKind.WakeCandidate, Verdict.StandDown, ArbitrationOutcome.Lost, wakeLabel,
                    round[i].HubConfidence ?? round[i].WatchScore, 0, winnerId),
                pending[i].Item.ReceivedAt,
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static ArbitrationCandidate Shown(PendingCandidate p, RoundCandidate c, double score, long first) => new(
        c.DeviceId, p.Wake.Sequence, p.Wake.VoiceEnergy, p.Wake.AmbientEnergy, Math.Round(c.WatchScore, 4),
        c.HubConfidence is { } h ? Math.Round(h, 4) : null, Math.Round(score, 4),
        Math.Round(Stopwatch.GetElapsedTime(first, p.JoinedAt).TotalMilliseconds, 2), Math.Round(c.VoiceLevel, 2));

    private async Task<double?> ConfidenceAsync(WakeCandidateFrame wake, CancellationToken cancellationToken)
    {
        ModelManifest? manifest = model.Manifest;
        if (manifest is null || wake.BandCount != manifest.Bands)
        {
            return null;
        }

        float[] probabilities = await model.ScoreAsync(wake.Features, wake.FrameCount, wake.BandCount, cancellationToken).ConfigureAwait(false);
        return probabilities[manifest.WakeIndex];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Arbitration round of group {GroupId} failed")]
    private partial void LogRoundFailed(Exception exception, string groupId);
}
