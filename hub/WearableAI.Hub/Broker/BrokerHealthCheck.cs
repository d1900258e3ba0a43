using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace WearableAI.Hub.Broker;

/// <summary>Ready when the broker runs (Embedded mode) and the hub's own client is connected to it.</summary>
public sealed class BrokerHealthCheck(EmbeddedBroker broker, MqttHubBus bus, IOptions<BrokerOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Mode == BrokerMode.Embedded && !broker.IsRunning)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("embedded broker is not running"));
        }

        return Task.FromResult(bus.IsConnected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("hub is not connected to the broker"));
    }
}
