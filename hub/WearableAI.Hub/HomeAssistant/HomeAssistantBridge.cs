using System.Threading.Channels;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// Keeps Home Assistant in step with the hub: announces every watch and group (retained discovery configs and
/// state) on each connect and whenever Home Assistant says it is <c>online</c>; re-announces a watch that is
/// provisioned, renamed or moved (<see cref="DeviceChanges"/>) and clears the config of one that is deleted; turns
/// timeline entries into events (<see cref="TimelineEvents"/>); refreshes battery and connectivity from the device
/// store. All work runs one item at a time from one queue, so an announce never interleaves with a delete.
/// </summary>
/// <remarks>
/// Reads only what the hub already produces: the device store, the timeline feed, the model's manifest and the
/// device-change notification. Events that happen while the broker is unreachable are dropped, not queued: an
/// automation must not fire minutes late. The next connect re-announces every config and state.
/// </remarks>
public sealed partial class HomeAssistantBridge(
    HomeAssistantLink link,
    HomeAssistantTopics topics,
    DeviceStore devices,
    DeviceChanges changes,
    TimelineFeed timeline,
    IKeywordModel model,
    IOptions<HomeAssistantOptions> options,
    ILogger<HomeAssistantBridge> logger) : BackgroundService
{
    private const int QueueSize = 1000;

    private readonly Channel<Work> _work = Channel.CreateBounded<Work>(new BoundedChannelOptions(QueueSize) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly AnnouncedDevices _announced = new(link, topics, model, options.Value, logger);

    private HomeAssistantOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            return;
        }

        changes.Changed += OnDeviceChanged;
        link.Connected += OnConnected;
        link.MessageReceived += OnMessage;
        try
        {
            Task connection = link.RunAsync(stoppingToken);
            Task feed = FollowTimelineAsync(stoppingToken);
            Task refresh = RefreshPeriodicallyAsync(stoppingToken);
            await foreach (Work work in _work.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await HandleAsync(work, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
#pragma warning disable CA1031 // One failed item (a store read, a publish) must not end the bridge; it is logged.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogWorkFailed(ex, work.ToString());
                }
            }

            await Task.WhenAll(connection, feed, refresh).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            changes.Changed -= OnDeviceChanged;
            link.Connected -= OnConnected;
            link.MessageReceived -= OnMessage;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await link.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private void OnDeviceChanged(string deviceId) => _work.Writer.TryWrite(new DeviceChanged(deviceId));

    private void OnConnected() => _work.Writer.TryWrite(new AnnounceAll("connected"));

    private void OnMessage(string topic, string payload)
    {
        if (topic == topics.HomeAssistantStatus)
        {
            if (payload == HomeAssistantPayloads.Online)
            {
                _work.Writer.TryWrite(new AnnounceAll("Home Assistant came online"));
            }
        }
        else if (payload.Length > 0 && topics.NodeOf(topic) is { } node)
        {
            _work.Writer.TryWrite(new RetainedConfig(node));
        }
    }

    private async Task FollowTimelineAsync(CancellationToken cancellationToken)
    {
        long after = timeline.Recent().LastOrDefault()?.Id ?? 0;
        await foreach (TimelineEntry entry in timeline.SubscribeAsync(after, cancellationToken).ConfigureAwait(false))
        {
            _work.Writer.TryWrite(new FromTimeline(entry));
        }
    }

    private async Task RefreshPeriodicallyAsync(CancellationToken cancellationToken)
    {
        if (Options.StateRefreshSeconds == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Options.StateRefreshSeconds));
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            _work.Writer.TryWrite(new RefreshStates());
        }
    }

    private Task HandleAsync(Work work, CancellationToken cancellationToken)
    {
        if (!link.IsConnected)
        {
            return Task.CompletedTask; // the next connect announces everything afresh
        }

        return work switch
        {
            AnnounceAll all => AnnounceAllAsync(all.Why, cancellationToken),
            DeviceChanged changed => DeviceChangedAsync(changed.DeviceId, cancellationToken),
            FromTimeline item => TimelineAsync(item.Entry, cancellationToken),
            RefreshStates => RefreshStatesAsync(cancellationToken),
            RetainedConfig config => RetainedConfigAsync(config.Node, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task AnnounceAllAsync(string why, CancellationToken cancellationToken)
    {
        IReadOnlyList<DeviceRecord> current = await devices.ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (string gone in _announced.WatchIds.Except(current.Select(d => d.Id)).ToArray())
        {
            await _announced.RemoveWatchAsync(gone, cancellationToken).ConfigureAwait(false);
        }

        foreach (DeviceRecord watch in current)
        {
            await _announced.AnnounceWatchAsync(watch, cancellationToken).ConfigureAwait(false);
        }

        HashSet<string> groups = current.Select(d => d.Group).ToHashSet(StringComparer.Ordinal);
        foreach (string group in _announced.GroupIds.Except(groups).ToArray())
        {
            await _announced.RemoveGroupAsync(group, cancellationToken).ConfigureAwait(false);
        }

        foreach (string group in groups)
        {
            await _announced.AnnounceGroupAsync(group, cancellationToken).ConfigureAwait(false);
        }

        LogAnnounced(current.Count, groups.Count, why);
    }

    private async Task DeviceChangedAsync(string deviceId, CancellationToken cancellationToken)
    {
        DeviceRecord? watch = await devices.FindAsync(deviceId, cancellationToken).ConfigureAwait(false);
        DeviceRecord? before = _announced.Watch(deviceId);
        if (watch is null)
        {
            if (before is not null)
            {
                await _announced.RemoveWatchAsync(deviceId, cancellationToken).ConfigureAwait(false);
                await _announced.RemoveGroupIfEmptyAsync(before.Group, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await _announced.AnnounceWatchAsync(watch, cancellationToken).ConfigureAwait(false);
        if (!_announced.HasGroup(watch.Group))
        {
            await _announced.AnnounceGroupAsync(watch.Group, cancellationToken).ConfigureAwait(false);
        }

        if (before is not null && before.Group != watch.Group)
        {
            await _announced.RemoveGroupIfEmptyAsync(before.Group, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task TimelineAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Kind is TimelineKind.DeviceOnline or TimelineKind.DeviceOffline && entry.DeviceId is { } deviceId)
        {
            if (await devices.FindAsync(deviceId, cancellationToken).ConfigureAwait(false) is { } watch && _announced.Watch(deviceId) is { } announced)
            {
                bool describedAnew = announced.Firmware != watch.Firmware || announced.Board != watch.Board;
                if (describedAnew)
                {
                    await _announced.AnnounceWatchAsync(watch, cancellationToken).ConfigureAwait(false); // the device's model and sw_version
                }
                else
                {
                    await _announced.PublishStateAsync(watch, force: false, cancellationToken).ConfigureAwait(false);
                }
            }

            return;
        }

        DeviceRecord? known = entry.DeviceId is null ? null : _announced.Watch(entry.DeviceId);
        if (TimelineEvents.From(entry, known, Options) is { } ev)
        {
            await link.PublishAsync(ev.Topic, HomeAssistantPayloads.Write(ev.Payload), retain: false, cancellationToken).ConfigureAwait(false);
        }

        if (Options.Hermes.Enabled && HermesIntents.From(entry, Options.Hermes) is { } intent)
        {
            await link.PublishAsync(intent.Topic, HomeAssistantPayloads.Write(intent.Payload), retain: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RefreshStatesAsync(CancellationToken cancellationToken)
    {
        foreach (DeviceRecord watch in await devices.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_announced.Watch(watch.Id) is not null)
            {
                await _announced.PublishStateAsync(watch, force: false, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A retained config of ours for a watch or group the store no longer has (deleted while the hub was away) is cleared.</summary>
    private async Task RetainedConfigAsync(string node, CancellationToken cancellationToken)
    {
        string watchPrefix = Options.NodeIdPrefix + "_";
        string groupPrefix = topics.GroupNode("");
        if (node.StartsWith(groupPrefix, StringComparison.Ordinal))
        {
            string group = node[groupPrefix.Length..];
            IReadOnlyList<DeviceRecord> all = await devices.ListAsync(cancellationToken).ConfigureAwait(false);
            if (!all.Any(d => d.Group == group) || !Options.Entities.Arbitration)
            {
                await _announced.RemoveGroupAsync(group, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (node.StartsWith(watchPrefix, StringComparison.Ordinal))
        {
            string deviceId = node[watchPrefix.Length..];
            if (await devices.FindAsync(deviceId, cancellationToken).ConfigureAwait(false) is null)
            {
                await _announced.RemoveWatchAsync(deviceId, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Home Assistant: announced {Watches} watches and {Groups} groups ({Why})")]
    private partial void LogAnnounced(int watches, int groups, string why);

    [LoggerMessage(Level = LogLevel.Error, Message = "Home Assistant: {Work} failed")]
    private partial void LogWorkFailed(Exception exception, string work);

    /// <summary>One item of the bridge's queue.</summary>
    private abstract record Work;

    private sealed record AnnounceAll(string Why) : Work;

    private sealed record DeviceChanged(string DeviceId) : Work;

    private sealed record FromTimeline(TimelineEntry Entry) : Work;

    private sealed record RefreshStates : Work;

    private sealed record RetainedConfig(string Node) : Work;
}
