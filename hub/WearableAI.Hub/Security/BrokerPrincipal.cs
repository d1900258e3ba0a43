namespace WearableAI.Hub.Security;

/// <summary>Who is on an authenticated MQTT connection: the hub itself, a device of a group, or a guest (<see cref="BrokerGuest"/>).</summary>
public sealed record BrokerPrincipal(string DeviceId, string Group, bool IsHub, BrokerGuest? Guest = null)
{
    /// <summary>Key of the principal in the broker's per-session items.</summary>
    public const string SessionKey = "wai.principal";

    public static BrokerPrincipal Hub { get; } = new("", "", true);

    /// <summary>A guest's connection: no device, no group, only the guest's own topics.</summary>
    public static BrokerPrincipal ForGuest(BrokerGuest guest) => new("", "", false, guest);
}
