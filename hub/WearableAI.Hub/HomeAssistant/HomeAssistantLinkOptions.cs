using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Security;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// How the hub's Home Assistant connection reaches its broker: the separate broker Home Assistant uses (URL, account,
/// TLS with the system's trust store or a given CA), or the hub's embedded broker with the hub's per-process credential.
/// Either way the connection's last will marks the hub <c>offline</c> on <see cref="HomeAssistantTopics.HubAvailability"/>.
/// </summary>
internal static class HomeAssistantLinkOptions
{
    /// <summary>MQTT 3.1.1 (what Home Assistant's own client speaks), clean session: everything is re-announced on each connect.</summary>
    public static MqttClientOptions Build(HomeAssistantOptions options, BrokerOptions hubBroker, HubCredential hubCredential, HomeAssistantTopics topics)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithCleanSession(true)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
            .WithTimeout(TimeSpan.FromSeconds(10))
            .WithWillTopic(topics.HubAvailability)
            .WithWillPayload(HomeAssistantPayloads.Offline)
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        HomeAssistantBrokerOptions broker = options.Broker;
        if (broker.IsSeparate)
        {
            Uri uri = ParseUrl(broker.Url) ?? throw new InvalidOperationException($"Hub:HomeAssistant:Broker:Url is not an MQTT URL: '{broker.Url}'");
            builder = builder.WithTcpServer(uri.Host, uri.Port).WithClientId(broker.ClientId);
            if (!string.IsNullOrEmpty(broker.Username))
            {
                builder = builder.WithCredentials(broker.Username, broker.Password);
            }

            if (uri.Scheme == "mqtts")
            {
                builder = builder.WithTlsOptions(tls =>
                {
                    tls.UseTls().WithTargetHost(uri.Host);
                    if (!string.IsNullOrEmpty(broker.CaCertificatePath))
                    {
                        tls.WithTrustChain(LoadCertificates(broker.CaCertificatePath));
                    }
                });
            }
        }
        else
        {
            string host = hubBroker.BindAddress switch { "0.0.0.0" => "127.0.0.1", "::" => "::1", _ => hubBroker.BindAddress };
            builder = builder.WithTcpServer(host, hubBroker.Port)
                .WithCredentials(hubCredential.UserName, hubCredential.Password)
                .WithClientId("wai.homeassistant." + SecretHasher.Base64Url(RandomNumberGenerator.GetBytes(6)));
        }

        return builder.Build();
    }

    /// <summary>The broker as the hub's log names it (no credentials).</summary>
    public static string Endpoint(HomeAssistantOptions options, BrokerOptions hubBroker) => options.Broker.IsSeparate
        ? ParseUrl(options.Broker.Url)?.GetLeftPart(UriPartial.Authority) ?? options.Broker.Url
        : $"embedded broker {hubBroker.BindAddress}:{hubBroker.Port}";

    /// <summary><c>mqtt://host[:port]</c> (1883) or <c>mqtts://host[:port]</c> (8883), or null when <paramref name="url"/> is neither.</summary>
    public static Uri? ParseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("mqtt" or "mqtts") || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return uri.Port > 0 ? uri : new UriBuilder(uri) { Port = uri.Scheme == "mqtts" ? 8883 : 1883 }.Uri;
    }

    private static X509Certificate2Collection LoadCertificates(string path)
    {
        var certificates = new X509Certificate2Collection();
        string text = File.ReadAllText(path);
        if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            certificates.ImportFromPem(text);
        }
        else
        {
            certificates.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }

        return certificates;
    }
}
