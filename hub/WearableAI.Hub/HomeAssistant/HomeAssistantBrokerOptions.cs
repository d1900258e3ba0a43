namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// Where the hub publishes for Home Assistant (section <c>Hub:HomeAssistant:Broker</c>): the hub's own embedded broker
/// (empty <see cref="Url"/>), or the broker Home Assistant already uses, e.g. its Mosquitto add-on.
/// </summary>
public sealed class HomeAssistantBrokerOptions
{
    /// <summary><c>mqtt://host:port</c> or <c>mqtts://host:port</c> (TLS); empty = the hub's embedded broker.</summary>
    public string Url { get; set; } = "";

    /// <summary>The hub's user name on that broker (empty: anonymous).</summary>
    public string Username { get; set; } = "";

    /// <summary>Its password.</summary>
    public string Password { get; set; } = "";

    /// <summary>MQTT client id of the hub's connection to that broker.</summary>
    public string ClientId { get; set; } = "wearableai-hub";

    /// <summary>mqtts: a PEM or DER CA certificate that signed the broker's certificate (empty: the system's trust store).</summary>
    public string CaCertificatePath { get; set; } = "";

    /// <summary>Embedded broker only: the user name Home Assistant logs in with (it may read the discovery and state topics and publish its status).</summary>
    public string HomeAssistantUsername { get; set; } = "";

    /// <summary>Embedded broker only: Home Assistant's password (at least 16 characters).</summary>
    public string HomeAssistantPassword { get; set; } = "";

    /// <summary>True when a separate broker is configured.</summary>
    public bool IsSeparate => !string.IsNullOrWhiteSpace(Url);
}
