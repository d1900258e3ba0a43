namespace WearableAI.Hub.Broker;

/// <summary>The MQTT broker settings (configuration section <c>Hub:Broker</c>).</summary>
public sealed class BrokerOptions
{
    public const string Section = "Hub:Broker";

    public BrokerMode Mode { get; set; } = BrokerMode.Embedded;

    /// <summary>Embedded: the address the broker listens on (127.0.0.1 = this machine only; 0.0.0.0 = every interface).</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Embedded: plain MQTT port.</summary>
    public int Port { get; set; } = 1883;

    /// <summary>Host name devices should use, returned at provisioning; empty = derived from the bind address or URL.</summary>
    public string AdvertisedHost { get; set; } = "";

    /// <summary>External: the broker's URL, <c>mqtt://host:port</c> or <c>mqtts://host:port</c>.</summary>
    public string ExternalUrl { get; set; } = "";

    /// <summary>External: the hub's user name on the external broker.</summary>
    public string Username { get; set; } = "";

    /// <summary>External: the hub's password on the external broker.</summary>
    public string Password { get; set; } = "";

    public BrokerTlsOptions Tls { get; set; } = new();

    /// <summary>
    /// How long the broker keeps the hub's session (its subscriptions and the QoS 1 messages queued for it)
    /// while the hub is away, in seconds: frames sent during a hub restart wait at the broker instead of being lost.
    /// </summary>
    public uint SessionExpirySeconds { get; set; } = 86_400;

    /// <summary>The parsed external URL (valid after options validation).</summary>
    public Uri ExternalUri => new(ExternalUrl);

    /// <summary>Host and port a device should connect to.</summary>
    public (string Host, int Port) DeviceEndpoint()
    {
        if (Mode == BrokerMode.External)
        {
            return (AdvertisedHostOr(ExternalUri.Host), ExternalUri.Port);
        }

        string host = BindAddress is "0.0.0.0" or "::" ? System.Net.Dns.GetHostName() : BindAddress;
        return (AdvertisedHostOr(host), Port);
    }

    private string AdvertisedHostOr(string fallback) => string.IsNullOrWhiteSpace(AdvertisedHost) ? fallback : AdvertisedHost;
}
