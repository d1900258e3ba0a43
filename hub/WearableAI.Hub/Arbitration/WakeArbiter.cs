using System.Diagnostics;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Cluster;
using WearableAI.Hub.Frames;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Presence;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Arbitration;

/// <summary>
/// The worker's side of wake arbitration. A wake candidate is measured where it arrived — the hub model's confidence,
/// the device's threshold, the voice level (<see cref="VoiceLevel"/>) — and handed to its group's round
/// (<see cref="IArbitrationGroupGrain"/>, which may live on another worker); when the round is decided this worker
/// applies the verdict to its own candidate: the winner's Result (accepted, rejected or unverified), its threshold's
/// adaptation and — for several devices — the stored decision (<see cref="ArbitrationLog"/>) and the timeline; the
/// others' "stand down" naming the winner. A candidate seen before (a re-send) only gets its result sent again: the
/// stored one, or — while its round is still open or its result not yet stored — the round's, from the group grain.
/// </summary>
public sealed partial class WakeArbiter(
    IGrainFactory grains,
    GrainCalls calls,
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

    /// <summary>
    /// Hands a wake candidate to its group's round and returns: counting it in, measuring it and applying the verdict
    /// when the round is decided all run off the caller's path — the frame pipeline never waits out a round's window.
    /// </summary>
    public async Task SubmitAsync(IngestedFrame item, WakeCandidateFrame wake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(wake);
        if (await results.RepeatStoredAsync(item, FrameKind.WakeCandidate, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            LogRepeat(item.DeviceId, wake.Sequence, stored.Verdict);
            return;
        }

        IReadOnlyList<string> online = await presence.OnlineInGroupAsync(item.GroupId, cancellationToken).ConfigureAwait(false);
        int expected = online.Count(id => id != item.DeviceId) + 1;
        _ = AnswerAsync(item, wake, expected, cancellationToken);
    }

    private async Task<RoundEntry> MeasureAsync(string deviceId, WakeCandidateFrame wake, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ModelManifest? manifest = model.Manifest;
        int logScale = manifest?.LogScale ?? DefaultLogScale;
        double? confidence = await ConfidenceAsync(manifest, wake, cancellationToken).ConfigureAwait(false);
        double? threshold = manifest is null ? null : (await thresholds.GetAsync(deviceId, cancellationToken).ConfigureAwait(false)).Threshold;
        var candidate = new RoundCandidate(deviceId, VoiceLevel.Of(wake.Features, wake.FrameCount, wake.BandCount, logScale), wake.AmbientEnergy,
            wake.Score / 32767.0, confidence, threshold);
        return new RoundEntry(candidate, wake.Sequence, wake.VoiceEnergy, logScale, receivedAt, wake.TimestampMs);
    }

    /// <summary>Counts the candidate in its group's round at once, measures it, hands the measurement over and applies the verdict.</summary>
    private async Task AnswerAsync(IngestedFrame item, WakeCandidateFrame wake, int expected, CancellationToken cancellationToken)
    {
        try
        {
            if (expected > 1)
            {
                // Counted in at once, so the round's window runs from its arrival, not from its measurement. A device
                // alone online in its group has no window to wait for: its measured candidate opens and closes its round.
                await calls.RunAsync("arrival in the round of group " + item.GroupId, async () =>
                {
                    await grains.GetGrain<IArbitrationGroupGrain>(item.GroupId).ArriveAsync(item.DeviceId, wake.Sequence, wake.TimestampMs, expected).ConfigureAwait(false);
                    return true;
                }, cancellationToken).ConfigureAwait(false);
            }

            DateTimeOffset receivedAt = clock.GetUtcNow() - Stopwatch.GetElapsedTime(item.ReceivedAt);
            RoundEntry entry = await MeasureAsync(item.DeviceId, wake, receivedAt, cancellationToken).ConfigureAwait(false);
            RoundAnswer answer = await calls.RunAsync(
                "arbitration round of group " + item.GroupId,
                () => grains.GetGrain<IArbitrationGroupGrain>(item.GroupId).JoinAsync(entry, expected),
                cancellationToken).ConfigureAwait(false);
            await ApplyAsync(item, entry, answer, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a failed round is logged; the watch re-sends its candidate or acts alone after its verdict wait
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogRoundFailed(e, item.GroupId, item.DeviceId, wake.Sequence);
        }
    }

    private async Task ApplyAsync(IngestedFrame item, RoundEntry entry, RoundAnswer answer, CancellationToken cancellationToken)
    {
        RoundVerdict round = answer.Round;
        string deviceId = item.DeviceId;
        bool winner = !answer.Late && round.IsWinner(deviceId, entry.Sequence);
        ModelManifest? manifest = model.Manifest;
        string wakeLabel = manifest?.WakeLabel ?? "";
        double confidence = entry.Candidate.HubConfidence ?? entry.Candidate.WatchScore;
        ArbitrationOutcome outcome = !winner ? ArbitrationOutcome.Lost : round.Solo ? ArbitrationOutcome.Solo : ArbitrationOutcome.Won;
        HubResult result = winner
            ? new HubResult(deviceId, item.GroupId, entry.Sequence, FrameKind.WakeCandidate, round.Verdict, outcome, wakeLabel, confidence,
                actionCodes.For(round.Verdict, wakeLabel, manifest?.WakeIndex ?? 0, isWake: true), round.Solo ? null : deviceId)
            : new HubResult(deviceId, item.GroupId, entry.Sequence, FrameKind.WakeCandidate, Verdict.StandDown, outcome, wakeLabel, confidence, 0, round.WinnerDeviceId);
        // A copy (the frame log had it) whose round was answered is only told again. The worker that stored the
        // frame first applies the verdict in full, also when the grain saw its candidate before (its own retry).
        if (answer.Repeat && item.Repeat)
        {
            LogRepeat(deviceId, entry.Sequence, result.Verdict);
            await results.RepeatAsync(result, cancellationToken).ConfigureAwait(false);
            return;
        }

        await outcomes.CompleteAsync(deviceId, entry.Sequence, winner && round.Verdict == Verdict.Accepted, cancellationToken).ConfigureAwait(false);
        // Stored once per candidate frame: when its re-sent copy was answered in full by another worker at the same
        // moment (both reached the round before either stored), this one only tells the watch again.
        if (!await results.StoreAsync(result, item.ReceivedAt, item.FrameCrc, cancellationToken).ConfigureAwait(false))
        {
            LogRepeat(deviceId, entry.Sequence, result.Verdict);
            await results.RepeatAsync(result, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (winner && round.Verdict != Verdict.Unverified)
        {
            await thresholds.RecordAsync(deviceId, round.Verdict == Verdict.Rejected, cancellationToken).ConfigureAwait(false);
        }

        metrics.Arbitration(outcome);
        if (answer.Late)
        {
            LogLate(deviceId, entry.Sequence, item.GroupId, round.WinnerDeviceId);
        }

        await results.SendAsync(result, item.ReceivedAt, cancellationToken).ConfigureAwait(false); // after the statistics: what the watch is told is already counted
        if (winner && !round.Solo)
        {
            ArbitrationCandidate shown = round.Candidates.First(c => c.DeviceId == deviceId && c.Sequence == entry.Sequence);
            await log.AddAsync(item.GroupId, options.Value.WindowMs, shown, round.Reason, round.Candidates, cancellationToken).ConfigureAwait(false);
            timeline.Publish(TimelineKind.Arbitration, deviceId, item.GroupId,
                $"{deviceId} answers ({round.Candidates.Count} devices heard it): {round.Reason}",
                new { winner = deviceId, reason = round.Reason, windowMs = options.Value.WindowMs, candidates = round.Candidates });
        }
    }

    private async Task<double?> ConfidenceAsync(ModelManifest? manifest, WakeCandidateFrame wake, CancellationToken cancellationToken)
    {
        if (manifest is null || wake.BandCount != manifest.Bands)
        {
            return null;
        }

        float[] probabilities = await model.ScoreAsync(wake.Features, wake.FrameCount, wake.BandCount, cancellationToken).ConfigureAwait(false);
        return probabilities[manifest.WakeIndex];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Arbitration of group {GroupId} failed for {DeviceId}'s candidate {Sequence}")]
    private partial void LogRoundFailed(Exception exception, string groupId, string deviceId, uint sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Candidate {Sequence} of {DeviceId} came again: its verdict ({Verdict}) is sent again, no second round")]
    private partial void LogRepeat(string deviceId, uint sequence, Verdict verdict);

    [LoggerMessage(Level = LogLevel.Information, Message = "Candidate {Sequence} of {DeviceId} arrived after group {GroupId}'s round was decided: it stands down ({Winner} answers)")]
    private partial void LogLate(string deviceId, uint sequence, string groupId, string winner);
}
