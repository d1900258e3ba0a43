namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// Every topic the hub uses for Home Assistant, from the configured prefixes (docs/home-assistant.md lists them):
/// discovery configs under the discovery prefix, JSON state and events under the state prefix.
/// </summary>
public sealed class HomeAssistantTopics(HomeAssistantOptions options)
{
    /// <summary>Home Assistant's birth and last-will topic: <c>online</c> / <c>offline</c>.</summary>
    public string HomeAssistantStatus => options.DiscoveryPrefix + "/status";

    /// <summary>The hub's own availability (retained <c>online</c>; its last will publishes <c>offline</c>).</summary>
    public string HubAvailability => options.StatePrefix + "/hub/availability";

    /// <summary>Node id of a watch, e.g. <c>wai_kitchen-watch-4k2q9x</c>.</summary>
    public string WatchNode(string deviceId) => options.NodeIdPrefix + "_" + deviceId;

    /// <summary>Node id of a group's arbitration device, e.g. <c>wai_group_home</c>.</summary>
    public string GroupNode(string groupId) => options.NodeIdPrefix + "_group_" + groupId;

    /// <summary>Device-based discovery config of a node: <c>&lt;prefix&gt;/device/&lt;node id&gt;/config</c>.</summary>
    public string DiscoveryConfig(string nodeId) => options.DiscoveryPrefix + "/device/" + nodeId + "/config";

    /// <summary>Filter matching every device-based discovery config (to find the hub's own stale ones).</summary>
    public string AllDiscoveryConfigs => options.DiscoveryPrefix + "/device/+/config";

    /// <summary>Node id in a discovery config topic, or null when the topic is not one.</summary>
    public string? NodeOf(string discoveryTopic)
    {
        string start = options.DiscoveryPrefix + "/device/";
        const string End = "/config";
        if (!discoveryTopic.StartsWith(start, StringComparison.Ordinal) || !discoveryTopic.EndsWith(End, StringComparison.Ordinal))
        {
            return null;
        }

        string node = discoveryTopic[start.Length..^End.Length];
        return IsNodeId(node) ? node : null;
    }

    /// <summary>A watch's retained state: battery and connectivity (JSON).</summary>
    public string WatchState(string deviceId) => WatchLevel(deviceId) + "state";

    /// <summary>A watch's wake-word events (JSON, <c>event_type</c>).</summary>
    public string WakeEvents(string deviceId) => WatchLevel(deviceId) + "wake";

    /// <summary>A watch's command events.</summary>
    public string CommandEvents(string deviceId) => WatchLevel(deviceId) + "command";

    /// <summary>A watch's gesture events.</summary>
    public string GestureEvents(string deviceId) => WatchLevel(deviceId) + "gesture";

    /// <summary>A group's arbitration outcomes.</summary>
    public string ArbitrationEvents(string groupId) => options.StatePrefix + "/group/" + groupId + "/arbitration";

    /// <summary>True when <paramref name="id"/> is a valid Home Assistant node or object id: <c>[a-zA-Z0-9_-]+</c>.</summary>
    public static bool IsNodeId(string? id) =>
        !string.IsNullOrEmpty(id) && id.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-');

    private string WatchLevel(string deviceId) => options.StatePrefix + "/device/" + deviceId + "/";
}
