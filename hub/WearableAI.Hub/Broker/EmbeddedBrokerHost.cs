using Microsoft.Extensions.Options;

namespace WearableAI.Hub.Broker;

/// <summary>Starts the <see cref="EmbeddedBroker"/> in Embedded mode; does nothing in External mode.</summary>
public sealed class EmbeddedBrokerHost(EmbeddedBroker broker, IOptions<BrokerOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.Mode == BrokerMode.Embedded ? broker.StartAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => broker.StopAsync(cancellationToken);
}
