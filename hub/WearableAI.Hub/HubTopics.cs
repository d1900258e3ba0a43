using WearableAI.Shared.Protocol;

namespace WearableAI.Hub;

/// <summary>
/// The hub's view of the topic contract: the topic builders and filters come from the shared
/// <see cref="Topics"/> (docs/protocol.md); this class adds the prefixes the broker's permission
/// checks and the Mosquitto ACL need.
/// </summary>
public static class HubTopics
{
    public const string Root = Topics.Root;
    public const string DevicePrefix = Root + "dev/";
    public const string GroupPrefix = Root + "grp/";

    /// <summary>Device → hub, retained, also the device's last will.</summary>
    public static string Status(string deviceId) => Topics.ForDevice(deviceId, TopicChannel.Status);

    /// <summary>Device → hub: wake candidates, gestures, heartbeats.</summary>
    public static string Event(string deviceId) => Topics.ForDevice(deviceId, TopicChannel.Event);

    /// <summary>Hub → device.</summary>
    public static string Result(string deviceId) => Topics.ForDevice(deviceId, TopicChannel.Result);

    /// <summary>Hub → device: model chunks.</summary>
    public static string Model(string deviceId) => Topics.ForDevice(deviceId, TopicChannel.Model);

    /// <summary>Hub → device: thresholds and settings.</summary>
    public static string Config(string deviceId) => Topics.ForDevice(deviceId, TopicChannel.Config);

    /// <summary>Hub → every device of a group.</summary>
    public static string GroupResult(string groupId) => Topics.ForGroupResults(groupId);

    /// <summary>Every device's events, for the hub's own subscription.</summary>
    public const string AllEvents = Topics.HubEventFilter;

    /// <summary>Every device's status, for the hub's own subscription.</summary>
    public const string AllStatus = Topics.HubStatusFilter;

    /// <summary>Topic filter covering everything below a device's own level.</summary>
    public static string DeviceLevel(string deviceId) => DevicePrefix + deviceId + "/";

    /// <summary>Topic filter prefix covering everything below a group's level.</summary>
    public static string GroupLevel(string groupId) => GroupPrefix + groupId + "/";

    /// <summary>True when <paramref name="id"/> is a valid device or group id: 1..32 chars of [a-z0-9_-].</summary>
    public static bool IsValidId(string? id) => Topics.IsValidId(id);
}
