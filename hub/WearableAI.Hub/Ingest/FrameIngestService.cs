using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Frames;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Presence;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Ingest;

/// <summary>
/// Consumes <c>wai/v1/dev/+/event</c> and <c>…/status</c> through <see cref="IHubBus"/>. Per message, on
/// the bus's receive path: topic → device id; per-device rate limit (events only); decode with
/// <see cref="FrameCodec"/> (a reject is counted by reason, logged and shown, and the device keeps being
/// served); de-duplication and persistence (<see cref="FrameLog"/>: a duplicate is dropped, except a wake candidate or
/// command, whose result is sent again). The accepted frame then goes to a
/// queue served by <see cref="IngestOptions.Workers"/> workers running <see cref="FramePipeline"/>, so
/// slow work (arbitration windows, inference) never blocks receiving.
/// </summary>
/// <remarks>
/// An event that gets no Result (<see cref="ReceiptFrame.IsReceipted"/>: Hello, Gesture, ModelAck, Error) is stored on
/// arrival as not yet handled, marked handled once the pipeline has acted on it, and then receipted
/// (<see cref="EventReceipts"/>). A copy of one handled before gets the receipt again and nothing else; a copy of one
/// never handled — the worker that took it was killed — is handled now (docs/scale-out.md, "Nothing lost, nothing doubled").
/// </remarks>
public sealed partial class FrameIngestService(
    IHubBus bus,
    FrameLog log,
    PresenceStore presence,
    DeviceActivity activity,
    DeviceRateLimiter rateLimiter,
    FramePipeline pipeline,
    EventReceipts receipts,
    PipelineMetrics metrics,
    TimelineFeed timeline,
    IOptions<IngestOptions> options,
    ILogger<FrameIngestService> logger) : BackgroundService
{
    private readonly Channel<IngestedFrame> _work = Channel.CreateBounded<IngestedFrame>(new BoundedChannelOptions(4096) { FullMode = BoundedChannelFullMode.Wait });
    private readonly HashSet<string> _limited = [];
    private readonly Lock _limitedGate = new();
    // Cancelled when the host stops; never disposed: it has no timer, and a host may be stopped after it was disposed.
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<IAsyncDisposable> _subscriptions = [];
    private readonly Lock _subscriptionsGate = new();

    /// <summary>
    /// Registers the handlers before the host finishes starting, so they exist when the bus connects (it waits for
    /// every hosted service to have started) and the broker hands over the backlog at once. Since .NET 10 all of
    /// <see cref="ExecuteAsync"/> runs in the background: subscribing there, a busy machine let the bus connect first,
    /// and the first frames of the backlog met no handler and were acknowledged unstored.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        CancellationToken stopping = _stopping.Token;
        foreach (string filter in new[] { Topics.HubEventFilter, Topics.HubStatusFilter })
        {
            IAsyncDisposable subscription = await bus.SubscribeAsync(filter, m => OnMessageAsync(m, stopping), cancellationToken).ConfigureAwait(false);
            lock (_subscriptionsGate)
            {
                _subscriptions.Add(subscription);
            }
        }
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            IAsyncDisposable[] subscriptions;
            lock (_subscriptionsGate)
            {
                subscriptions = [.. _subscriptions];
                _subscriptions.Clear();
            }

            foreach (IAsyncDisposable subscription in subscriptions)
            {
                await subscription.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Task[] workers = Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)).ToArray();
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        _work.Writer.TryComplete();
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private async Task OnMessageAsync(HubMessage message, CancellationToken cancellationToken)
    {
        long receivedAt = Stopwatch.GetTimestamp();
        if (Topics.Parse(message.Topic, out TopicAddress? address) != TopicError.None || address!.Scope != TopicScope.Device)
        {
            Reject(null, "BadTopic", $"topic '{message.Topic}' is not a device topic");
            return;
        }

        string deviceId = address.Id;
        if (message.Payload.IsEmpty)
        {
            return; // a cleared retained status
        }

        if (address.Channel == TopicChannel.Event && !rateLimiter.TryAcquire(deviceId))
        {
            metrics.RateLimited(deviceId);
            bool first;
            lock (_limitedGate)
            {
                first = _limited.Add(deviceId);
            }

            if (first)
            {
                LogRateLimited(deviceId);
                timeline.Publish(TimelineKind.Rejected, deviceId, null, "rate limit: frames dropped", new { reason = "RateLimit" });
            }

            return;
        }

        lock (_limitedGate)
        {
            _limited.Remove(deviceId);
        }

        byte[] bytes = MemoryMarshal.TryGetArray(message.Payload, out ArraySegment<byte> segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : message.Payload.ToArray();
        FrameError error = FrameCodec.Decode(bytes, 0, bytes.Length, out Frame? frame);
        if (error != FrameError.None)
        {
            Reject(deviceId, error.ToString(), FrameCodec.Describe(error));
            return;
        }

        bool statusFrame = frame is StatusFrame;
        if (statusFrame != (address.Channel == TopicChannel.Status))
        {
            Reject(deviceId, "WrongChannel", $"{frame!.Kind} frame on the {Topics.ChannelName(address.Channel)} topic");
            return;
        }

        activity.Seen(deviceId);
        string? group = await presence.FindGroupAsync(deviceId, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return; // deleted while its message was in flight
        }

        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - FrameCodec.CrcSize));
        bool repeat = false;
        bool receipted = ReceiptFrame.IsReceipted(frame!.Kind);
        if (!statusFrame && !await log.TryAddAsync(deviceId, frame!.Sequence, crc, frame.Kind.ToString(), FrameSummary.Of(frame), cancellationToken, handled: !receipted).ConfigureAwait(false))
        {
            metrics.Duplicate();
            LogDuplicate(deviceId, frame.Sequence);
            if (receipted && await log.IsHandledAsync(deviceId, frame.Sequence, crc, cancellationToken).ConfigureAwait(false))
            {
                await receipts.SendAsync(deviceId, frame.Sequence, cancellationToken).ConfigureAwait(false); // its receipt did not reach the watch
                return;
            }

            if (!receipted && frame is not (WakeCandidateFrame or CommandFeaturesFrame))
            {
                return;
            }

            repeat = true; // stored once; answered again, or handled now if it never was (docs/scale-out.md, "Nothing lost, nothing doubled")
        }
        else
        {
            metrics.EventReceived(frame!.Kind);
        }

        await _work.Writer.WriteAsync(new IngestedFrame(deviceId, group, frame, receivedAt, repeat, crc), cancellationToken).ConfigureAwait(false);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (IngestedFrame item in _work.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                await pipeline.HandleAsync(item, stoppingToken).ConfigureAwait(false);
                if (ReceiptFrame.IsReceipted(item.Frame.Kind))
                {
                    await MarkHandledAndReceiptAsync(item, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // one bad frame must not stop the worker; it is logged
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(e, item.DeviceId, item.Frame.Kind, item.Frame.Sequence);
            }
        }
    }

    /// <summary>After handling: marked handled, then receipted.</summary>
    private async Task MarkHandledAndReceiptAsync(IngestedFrame item, CancellationToken cancellationToken)
    {
        await log.MarkHandledAsync(item.DeviceId, item.Frame.Sequence, item.FrameCrc, cancellationToken).ConfigureAwait(false);
        await receipts.SendAsync(item.DeviceId, item.Frame.Sequence, cancellationToken).ConfigureAwait(false);
    }

    private void Reject(string? deviceId, string reason, string description)
    {
        metrics.Rejected(reason, deviceId);
        LogRejected(deviceId ?? "?", reason, description);
        timeline.Publish(TimelineKind.Rejected, deviceId, null, $"frame rejected: {description}", new { reason });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Frame from {DeviceId} rejected: {Reason} ({Description})")]
    private partial void LogRejected(string deviceId, string reason, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Device {DeviceId} exceeds its rate limit: frames dropped")]
    private partial void LogRateLimited(string deviceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Duplicate frame {Sequence} from {DeviceId} dropped")]
    private partial void LogDuplicate(string deviceId, uint sequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {Kind} {Sequence} from {DeviceId} failed")]
    private partial void LogFailed(Exception exception, string deviceId, FrameKind kind, uint sequence);
}
