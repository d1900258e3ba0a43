using System.Text.RegularExpressions;

namespace WearableAI.Hub;

/// <summary>
/// The MQTT topic strings of the wire contract, hub side. One place until the shared
/// Protocol topic helper replaces it: <c>wai/v1/dev/&lt;deviceId&gt;/{status,event,result,model,config}</c>
/// and <c>wai/v1/grp/&lt;groupId&gt;/result</c>.
/// </summary>
public static partial class HubTopics
{
    public const string Root = "wai/v1/";
    public const string DevicePrefix = Root + "dev/";
    public const string GroupPrefix = Root + "grp/";

    /// <summary>Device → hub, retained, also the device's last will.</summary>
    public static string Status(string deviceId) => DevicePrefix + deviceId + "/status";

    /// <summary>Device → hub: wake candidates, gestures, heartbeats.</summary>
    public static string Event(string deviceId) => DevicePrefix + deviceId + "/event";

    /// <summary>Hub → device.</summary>
    public static string Result(string deviceId) => DevicePrefix + deviceId + "/result";

    /// <summary>Hub → device: model chunks.</summary>
    public static string Model(string deviceId) => DevicePrefix + deviceId + "/model";

    /// <summary>Hub → device: thresholds and settings.</summary>
    public static string Config(string deviceId) => DevicePrefix + deviceId + "/config";

    /// <summary>Hub → every device of a group.</summary>
    public static string GroupResult(string groupId) => GroupPrefix + groupId + "/result";

    /// <summary>Every device's events, for the hub's own subscription.</summary>
    public const string AllEvents = DevicePrefix + "+/event";

    /// <summary>Every device's status, for the hub's own subscription.</summary>
    public const string AllStatus = DevicePrefix + "+/status";

    /// <summary>Topic filter covering everything below a device's own level.</summary>
    public static string DeviceLevel(string deviceId) => DevicePrefix + deviceId + "/";

    /// <summary>Topic filter prefix covering everything below a group's level.</summary>
    public static string GroupLevel(string groupId) => GroupPrefix + groupId + "/";

    /// <summary>True when <paramref name="id"/> is a valid device or group id: 1..32 chars of [a-z0-9_-].</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9_-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
