using WearableAI.Hub.Inference;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// What the hub has told Home Assistant exists — the watches and groups whose retained discovery configs and state it
/// published — and the publishing that changes it: announce or clear a watch, its state (only when it changed, unless
/// forced), a group. Used by <see cref="HomeAssistantBridge"/>'s one work loop only, so not thread-safe.
/// </summary>
internal sealed partial class AnnouncedDevices(HomeAssistantLink link, HomeAssistantTopics topics, IKeywordModel model, HomeAssistantOptions options, ILogger logger)
{
    private readonly HomeAssistantOrigin _origin = HomeAssistantOrigin.Of(options);
    private readonly Dictionary<string, DeviceRecord> _watches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groups = new(StringComparer.Ordinal);

    /// <summary>Ids of the announced watches.</summary>
    public IEnumerable<string> WatchIds => _watches.Keys;

    /// <summary>Ids of the announced groups.</summary>
    public IEnumerable<string> GroupIds => _groups;

    /// <summary>The watch as last announced, or null.</summary>
    public DeviceRecord? Watch(string deviceId) => _watches.GetValueOrDefault(deviceId);

    /// <summary>True when the group's config was announced.</summary>
    public bool HasGroup(string groupId) => _groups.Contains(groupId);

    /// <summary>Publishes the watch's config (retained) and its state, and remembers it.</summary>
    public async Task AnnounceWatchAsync(DeviceRecord watch, CancellationToken cancellationToken)
    {
        string config = HomeAssistantPayloads.Write(WatchDiscovery.Build(watch, model.Manifest, options, _origin));
        await link.PublishAsync(topics.DiscoveryConfig(topics.WatchNode(watch.Id)), config, retain: true, cancellationToken).ConfigureAwait(false);
        _watches[watch.Id] = watch;
        await PublishStateAsync(watch, force: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes the watch's battery and connection (retained) when they changed since the last time, or always when <paramref name="force"/>.</summary>
    public async Task PublishStateAsync(DeviceRecord watch, bool force, CancellationToken cancellationToken)
    {
        if (!options.Entities.Battery && !options.Entities.Connectivity)
        {
            return;
        }

        string state = HomeAssistantPayloads.Write(WatchState.Build(watch));
        if (!force && _states.GetValueOrDefault(watch.Id) == state)
        {
            return;
        }

        _states[watch.Id] = state;
        await link.PublishAsync(topics.WatchState(watch.Id), state, retain: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Clears the watch's config and state (empty retained payloads: HA removes the device) and forgets it.</summary>
    public async Task RemoveWatchAsync(string deviceId, CancellationToken cancellationToken)
    {
        _watches.Remove(deviceId);
        _states.Remove(deviceId);
        await link.PublishAsync(topics.DiscoveryConfig(topics.WatchNode(deviceId)), HomeAssistantPayloads.Removed, retain: true, cancellationToken).ConfigureAwait(false);
        await link.PublishAsync(topics.WatchState(deviceId), HomeAssistantPayloads.Removed, retain: true, cancellationToken).ConfigureAwait(false);
        LogRemoved(topics.WatchNode(deviceId));
    }

    /// <summary>Publishes the group's config (retained), when arbitration events are on.</summary>
    public async Task AnnounceGroupAsync(string group, CancellationToken cancellationToken)
    {
        if (!options.Entities.Arbitration)
        {
            return;
        }

        string config = HomeAssistantPayloads.Write(GroupDiscovery.Build(group, options, _origin));
        await link.PublishAsync(topics.DiscoveryConfig(topics.GroupNode(group)), config, retain: true, cancellationToken).ConfigureAwait(false);
        _groups.Add(group);
    }

    /// <summary>Clears the group's config when no announced watch is left in it.</summary>
    public async Task RemoveGroupIfEmptyAsync(string group, CancellationToken cancellationToken)
    {
        if (!_watches.Values.Any(w => w.Group == group))
        {
            await RemoveGroupAsync(group, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Clears the group's config and forgets it.</summary>
    public async Task RemoveGroupAsync(string group, CancellationToken cancellationToken)
    {
        _groups.Remove(group);
        await link.PublishAsync(topics.DiscoveryConfig(topics.GroupNode(group)), HomeAssistantPayloads.Removed, retain: true, cancellationToken).ConfigureAwait(false);
        LogRemoved(topics.GroupNode(group));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Home Assistant: cleared the discovery config of {Node}")]
    private partial void LogRemoved(string node);
}
