using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Observability;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Arbitration;

/// <summary>
/// Decides which device answers a wake word when several of a group heard it. The first candidate of a
/// group opens a round; others arriving within <see cref="ArbitrationOptions.WindowMs"/> join it; the
/// round closes after the window or as soon as every online device of the group sent one. A device that
/// is the only online one of its group is decided at once (no wait). All candidates are scored by the hub
/// model in one batch, each against its device's threshold; the best <see cref="ArbitrationScore"/> among the
/// verified candidates wins (among all when none is verified — then the winner is told "rejected"), never
/// simply the first to arrive; the others get a Result "stand down / lost" naming the winner. Multi-device decisions are stored (<see cref="ArbitrationLog"/>) and shown on the timeline.
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
        int logScale = manifest?.LogScale ?? 8;
        double?[] confidences = await Task.WhenAll(pending.Select(p => ConfidenceAsync(p.Wake, cancellationToken))).ConfigureAwait(false);
        long first = pending[0].JoinedAt;
        var scored = new List<ArbitrationCandidate>(pending.Count);
        for (int i = 0; i < pending.Count; i++)
        {
            WakeCandidateFrame w = pending[i].Wake;
            double watchScore = w.Score / 32767.0;
            scored.Add(new ArbitrationCandidate(
                pending[i].Item.DeviceId, w.Sequence, w.VoiceEnergy, w.AmbientEnergy, Math.Round(watchScore, 4),
                confidences[i] is { } c ? Math.Round(c, 4) : null,
                Math.Round(ArbitrationScore.Of(w.VoiceEnergy, w.AmbientEnergy, logScale, confidences[i] ?? watchScore), 4),
                Math.Round(Stopwatch.GetElapsedTime(first, pending[i].JoinedAt).TotalMilliseconds, 2)));
        }

        // A candidate the hub model verifies beats any it rejects: the best-scored verified one answers.
        bool[] verified = new bool[pending.Count];
        double[] deviceThresholds = new double[pending.Count];
        for (int i = 0; i < pending.Count && manifest is not null; i++)
        {
            deviceThresholds[i] = (await thresholds.GetAsync(scored[i].DeviceId, cancellationToken).ConfigureAwait(false)).Threshold;
            verified[i] = confidences[i] is { } c && c >= deviceThresholds[i];
        }

        int winnerIndex = Best(scored, verified.Any(v => v) ? verified : null);
        ArbitrationCandidate winner = scored[winnerIndex];
        PendingCandidate winning = pending[winnerIndex];
        bool solo = pending.Count == 1;
        Verdict verdict = Verdict.Unverified;
        if (manifest is not null && confidences[winnerIndex] is not null)
        {
            verdict = verified[winnerIndex] ? Verdict.Accepted : Verdict.Rejected;
            await thresholds.RecordAsync(winner.DeviceId, verdict == Verdict.Rejected, cancellationToken).ConfigureAwait(false);
        }

        outcomes.Complete(winner.DeviceId, winner.Sequence, verdict == Verdict.Accepted);
        string wakeLabel = manifest?.WakeLabel ?? "";
        ArbitrationOutcome outcome = solo ? ArbitrationOutcome.Solo : ArbitrationOutcome.Won;
        metrics.Arbitration(outcome);
        await results.PublishAsync(
            new HubResult(winner.DeviceId, groupId, winner.Sequence, FrameKind.WakeCandidate, verdict, outcome, wakeLabel,
                confidences[winnerIndex] ?? winner.WatchScore, actionCodes.For(verdict, wakeLabel, manifest?.WakeIndex ?? 0, isWake: true), solo ? null : winner.DeviceId),
            winning.Item.ReceivedAt,
            cancellationToken).ConfigureAwait(false);
        if (solo)
        {
            return;
        }

        string reason = Reason(winner, scored, logScale);
        ArbitrationCandidate topScore = scored[Best(scored, null)];
        if (topScore != winner)
        {
            reason = $"{topScore.DeviceId} scored higher but the hub did not verify its wake word; " + reason;
        }

        await log.AddAsync(groupId, options.Value.WindowMs, winner, reason, scored, cancellationToken).ConfigureAwait(false);
        timeline.Publish(TimelineKind.Arbitration, winner.DeviceId, groupId,
            $"{winner.DeviceId} answers ({scored.Count} devices heard it): {reason}",
            new { winner = winner.DeviceId, reason, windowMs = options.Value.WindowMs, candidates = scored });
        for (int i = 0; i < pending.Count; i++)
        {
            if (i == winnerIndex)
            {
                continue;
            }

            outcomes.Complete(scored[i].DeviceId, scored[i].Sequence, false);
            metrics.Arbitration(ArbitrationOutcome.Lost);
            await results.PublishAsync(
                new HubResult(scored[i].DeviceId, groupId, scored[i].Sequence, FrameKind.WakeCandidate, Verdict.StandDown, ArbitrationOutcome.Lost, wakeLabel,
                    scored[i].HubConfidence ?? scored[i].WatchScore, 0, winner.DeviceId),
                pending[i].Item.ReceivedAt,
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Index of the highest score among the candidates <paramref name="eligible"/> allows (all when null); ties go to the earlier arrival.</summary>
    private static int Best(List<ArbitrationCandidate> scored, bool[]? eligible)
    {
        int best = -1;
        for (int i = 0; i < scored.Count; i++)
        {
            if ((eligible is null || eligible[i]) && (best < 0 || scored[i].Score > scored[best].Score))
            {
                best = i;
            }
        }

        return best;
    }

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

    private static string Reason(ArbitrationCandidate winner, List<ArbitrationCandidate> all, int logScale)
    {
        ArbitrationCandidate runnerUp = all.Where(c => c != winner).MaxBy(c => c.Score)!;
        double snrWinner = ArbitrationScore.Snr(winner.VoiceEnergy, winner.AmbientEnergy, logScale);
        double snrOther = ArbitrationScore.Snr(runnerUp.VoiceEnergy, runnerUp.AmbientEnergy, logScale);
        string arrival = winner.ArrivalMs > 0 ? $"arrived {winner.ArrivalMs:0} ms after the first" : "arrived first";
        return string.Create(CultureInfo.InvariantCulture,
            $"score {winner.Score:0.00} vs {runnerUp.Score:0.00} ({runnerUp.DeviceId}): voice/ambient {snrWinner:0.0} vs {snrOther:0.0} octaves, confidence {winner.HubConfidence ?? winner.WatchScore:0.00} vs {runnerUp.HubConfidence ?? runnerUp.WatchScore:0.00}; {arrival}");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Arbitration round of group {GroupId} failed")]
    private partial void LogRoundFailed(Exception exception, string groupId);
}
