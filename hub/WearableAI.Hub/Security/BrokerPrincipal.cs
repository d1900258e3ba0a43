namespace WearableAI.Hub.Security;

/// <summary>Who is on an authenticated MQTT connection: the hub itself, or a device of a group.</summary>
public sealed record BrokerPrincipal(string DeviceId, string Group, bool IsHub)
{
    /// <summary>Key of the principal in the broker's per-session items.</summary>
    public const string SessionKey = "wai.principal";

    public static BrokerPrincipal Hub { get; } = new("", "", true);
}
