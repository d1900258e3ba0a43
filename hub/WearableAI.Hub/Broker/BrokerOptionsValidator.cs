using System.Net;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Cluster;

namespace WearableAI.Hub.Broker;

/// <summary>Checks the broker settings at startup; each failure names the setting to fix.</summary>
public sealed class BrokerOptionsValidator(IConfiguration configuration) : IValidateOptions<BrokerOptions>
{
    public ValidateOptionsResult Validate(string? name, BrokerOptions options)
    {
        var failures = new List<string>();
        if (IsCluster() && options.Mode != BrokerMode.External)
        {
            failures.Add("Hub:Cluster:Mode is Cluster, so Hub:Broker:Mode must be External: the workers share an external MQTT 5 broker with shared subscriptions (Mosquitto 2, EMQX, HiveMQ; docs/scale-out.md); the embedded broker has none.");
        }

        if (options.Mode == BrokerMode.External)
        {
            if (!Uri.TryCreate(options.ExternalUrl, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("mqtt" or "mqtts") || uri.Port <= 0 || string.IsNullOrEmpty(uri.Host))
            {
                failures.Add($"Hub:Broker:ExternalUrl must be mqtt://host:port or mqtts://host:port in External mode (got '{options.ExternalUrl}').");
            }

            if (string.IsNullOrEmpty(options.Username) || string.IsNullOrEmpty(options.Password))
            {
                failures.Add("Hub:Broker:Username and Hub:Broker:Password (the hub's own account on the external broker) are required in External mode.");
            }
        }
        else
        {
            if (!IPAddress.TryParse(options.BindAddress, out _))
            {
                failures.Add($"Hub:Broker:BindAddress must be an IP address such as 127.0.0.1 or 0.0.0.0 (got '{options.BindAddress}').");
            }

            if (options.Port is < 1 or > 65535)
            {
                failures.Add($"Hub:Broker:Port must be 1..65535 (got {options.Port}).");
            }

            if (options.Tls.Enabled)
            {
                if (!File.Exists(options.Tls.CertificatePath))
                {
                    failures.Add($"Hub:Broker:Tls:CertificatePath names no file ('{options.Tls.CertificatePath}').");
                }

                if (!string.IsNullOrEmpty(options.Tls.KeyPath) && !File.Exists(options.Tls.KeyPath))
                {
                    failures.Add($"Hub:Broker:Tls:KeyPath names no file ('{options.Tls.KeyPath}').");
                }

                if (options.Tls.Port is < 1 or > 65535 || options.Tls.Port == options.Port)
                {
                    failures.Add($"Hub:Broker:Tls:Port must be 1..65535 and differ from Hub:Broker:Port (got {options.Tls.Port}).");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Read from configuration, not IOptions<ClusterOptions>: a mistyped mode is ClusterOptions' own error to report.
    private bool IsCluster() => string.Equals(configuration[ClusterOptions.Section + ":" + nameof(ClusterOptions.Mode)], nameof(ClusterMode.Cluster), StringComparison.OrdinalIgnoreCase);
}
