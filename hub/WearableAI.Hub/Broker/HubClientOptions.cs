using MQTTnet;
using MQTTnet.Formatter;
using WearableAI.Hub.Security;

namespace WearableAI.Hub.Broker;

/// <summary>
/// How the hub's MQTT client reaches its broker: the embedded broker on its bind address with the per-process
/// <see cref="HubCredential"/>, or the external broker with the configured account (TLS for <c>mqtts</c>).
/// A single hub's session is persistent (clean start off, <see cref="BrokerOptions.SessionExpirySeconds"/>): what
/// arrives while it restarts waits for it. A Cluster-mode worker's session is clean (clean start, expiry 0): a
/// persistent one keeps the dead worker's share of the group queued at the broker until that worker comes back,
/// while a clean one leaves the group when the worker's connection drops, so the broker hands the traffic to the
/// live workers at once; what the dead worker held unanswered the watches send again (docs/scale-out.md,
/// "Nothing lost, nothing doubled"). Its client id is the account's user name, a dash and the worker's name, so the
/// workers sharing one account do not take each other's session.
/// </summary>
internal static class HubClientOptions
{
    /// <summary>
    /// The hub's socket buffers (SO_RCVBUF/SO_SNDBUF; the kernel doubles the value). MQTTnet sets 8 KB unless told
    /// otherwise, which also switches off Linux's buffer autotuning: the hub then advertises a receive window of a few
    /// frames (a wake candidate is ~1.6 KB). Once a busy worker fell behind for a moment and the window closed, the
    /// broker's kernel reopened it only on its 200 ms window probe — four frames per probe, ~20 frames a second for
    /// good: candidates piled up at the broker until the watches gave up (measured with Mosquitto on loopback, whose
    /// segment size is 64 KB, larger than the whole window; docs/scale-out.md, "Benchmark").
    /// </summary>
    public const int SocketBufferBytes = 1 << 20;

    /// <summary>The MQTT 5 client options for <paramref name="settings"/>; <paramref name="worker"/> is the Cluster-mode worker name, else null.</summary>
    public static MqttClientOptions Build(BrokerOptions settings, HubCredential hubCredential, string? worker = null)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(worker is not null)
            .WithSessionExpiryInterval(worker is null ? settings.SessionExpirySeconds : 0)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (settings.Mode == BrokerMode.External)
        {
            Uri uri = settings.ExternalUri;
            builder = builder.WithTcpServer(uri.Host, uri.Port)
                .WithCredentials(settings.Username, settings.Password)
                .WithClientId(worker is null ? settings.Username : settings.Username + "-" + worker);
            if (uri.Scheme == "mqtts")
            {
                builder = builder.WithTlsOptions(tls => tls.UseTls());
            }
        }
        else
        {
            string host = settings.BindAddress switch { "0.0.0.0" => "127.0.0.1", "::" => "::1", _ => settings.BindAddress };
            builder = builder.WithTcpServer(host, settings.Port)
                .WithCredentials(hubCredential.UserName, hubCredential.Password)
                .WithClientId(hubCredential.ClientId);
        }

        MqttClientOptions options = builder.Build();
        ((MqttClientTcpOptions)options.ChannelOptions).BufferSize = SocketBufferBytes;
        return options;
    }

    /// <summary>The broker's address as the hub's log names it (no credentials).</summary>
    public static string Endpoint(BrokerOptions settings) => settings.Mode == BrokerMode.External
        ? settings.ExternalUri.GetLeftPart(UriPartial.Authority)
        : $"embedded broker {settings.BindAddress}:{settings.Port}";
}
