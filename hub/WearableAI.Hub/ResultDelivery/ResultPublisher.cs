using System.Diagnostics;
using System.Globalization;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Frames;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.ResultDelivery;

/// <summary>
/// Sends a result: a Result frame (QoS 1) to <c>dev/&lt;id&gt;/result</c> — a device with a persistent
/// session that is briefly offline gets it on reconnect — and the same frame to
/// <c>grp/&lt;group&gt;/result</c> for the group's other devices and apps, once it was stored (<see cref="StoreAsync"/>); counts it
/// (with the end-to-end latency since the event was received) and puts it on the timeline.
/// </summary>
public sealed class ResultPublisher(IHubBus bus, HubSequences sequences, ResultStore store, PipelineMetrics metrics, TimelineFeed timeline, TimeProvider clock)
{
    /// <summary>
    /// Stores a result once per answered frame: false when it was stored before (a re-sent copy of a wake candidate or
    /// command answered by another worker at the same moment) — then it must only be told again (<see cref="RepeatAsync"/>),
    /// not sent, counted or shown twice. Store first, then <see cref="SendAsync"/>: what a device is told is never lost.
    /// </summary>
    /// <param name="result">What to store.</param>
    /// <param name="receivedAt"><see cref="Stopwatch.GetTimestamp"/> when the answered event arrived.</param>
    /// <param name="answeredCrc">CRC of the frame answered; 0 for no such key (stored every time).</param>
    /// <param name="cancellationToken">Stops waiting for the database.</param>
    public Task<bool> StoreAsync(HubResult result, long receivedAt, uint answeredCrc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return store.TryAddAsync(result, answeredCrc, Stopwatch.GetElapsedTime(receivedAt).TotalMilliseconds, cancellationToken);
    }

    /// <summary>Sends a stored result to its device and group, counts it and shows it on the timeline.</summary>
    public async Task SendAsync(HubResult result, long receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        byte[] bytes = Encode(result);
        // Counted before the device can see it: whoever reads the metrics once the watch has its answer finds it there.
        double latencyMs = Stopwatch.GetElapsedTime(receivedAt).TotalMilliseconds;
        metrics.ResultPublished(result.Verdict, latencyMs);
        await bus.PublishAsync(HubTopics.Result(result.DeviceId), bytes, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (Topics.IsValidId(result.GroupId))
        {
            await bus.PublishAsync(HubTopics.GroupResult(result.GroupId), bytes, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        timeline.Publish(
            result.Answered == FrameKind.CommandFeatures ? TimelineKind.Command : TimelineKind.WakeVerdict,
            result.DeviceId,
            result.GroupId,
            Summary(result),
            new
            {
                replyTo = result.ReplyTo,
                verdict = result.Verdict.ToString(),
                arbitration = result.Arbitration.ToString(),
                label = result.Label,
                confidence = Math.Round(result.Confidence, 3),
                actionCode = result.ActionCode,
                winner = result.Winner,
                latencyMs = Math.Round(latencyMs, 2),
            });
    }

    /// <summary>
    /// For a frame that came again (<see cref="IngestedFrame.Repeat"/>: a re-send or a redelivery) and was answered
    /// before — maybe by a worker or a hub run whose memory is gone — tells the device the stored result again
    /// (<see cref="RepeatAsync"/>) and returns it; null when the frame is new or its result not stored yet.
    /// </summary>
    /// <param name="item">The frame as received.</param>
    /// <param name="answered">Its kind: WakeCandidate or CommandFeatures.</param>
    /// <param name="cancellationToken">Stops waiting for the database and the broker.</param>
    public async Task<HubResult?> RepeatStoredAsync(IngestedFrame item, FrameKind answered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.Repeat || await store.FindAsync(item.DeviceId, item.GroupId, item.Frame.Sequence, answered, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        await RepeatAsync(stored, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>
    /// Tells the device again a result it was sent before (its candidate came again: a re-send, or a redelivery): the
    /// same answer under a new hub sequence, to the device only; not stored or counted again.
    /// </summary>
    public async Task RepeatAsync(HubResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        await bus.PublishAsync(HubTopics.Result(result.DeviceId), Encode(result), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private byte[] Encode(HubResult result)
    {
        var frame = new ResultFrame
        {
            Sequence = sequences.Next(result.DeviceId),
            TimestampMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            ReplyToSequence = result.ReplyTo,
            DeviceId = result.DeviceId,
            Verdict = result.Verdict,
            Arbitration = result.Arbitration,
            Label = result.Label,
            Confidence = Inference.Probabilities.ToQ15(result.Confidence),
            ActionCode = result.ActionCode,
            WinnerDeviceId = result.Winner ?? string.Empty,
        };
        return FrameCodec.ToArray(frame);
    }

    private static string Summary(HubResult r)
    {
        string confidence = r.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
        string what = r.Answered == FrameKind.CommandFeatures ? "command" : "wake";
        return r.Verdict switch
        {
            Verdict.Accepted => $"{what} '{r.Label}' accepted ({confidence})",
            Verdict.Rejected => $"{what} rejected{(r.Label.Length > 0 ? $" (best '{r.Label}' {confidence})" : "")}",
            Verdict.StandDown => $"stand down: {r.Winner} heard it better",
            _ => $"{what} unverified (no hub model)",
        };
    }
}
