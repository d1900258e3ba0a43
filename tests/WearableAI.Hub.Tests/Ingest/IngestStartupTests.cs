using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Ingest;

/// <summary>
/// The ingest handlers exist before the hub's bus may connect. The bus connects once every hosted service has started,
/// and a broker holding a backlog for the hub's persistent session hands it over at once: a frame that meets no handler
/// is acknowledged and never stored (after a hub restart on a busy machine, the first frame of the backlog was lost).
/// </summary>
public sealed class IngestStartupTests
{
    [Fact]
    public async Task When_the_host_has_started_the_ingest_handlers_are_registered_with_the_bus()
    {
        await using var hub = new HubApp();
        var seen = new FiltersWhenStarted();
        await using WebApplicationFactory<Program> host = hub.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IHostedService>(sp => seen.Attach(sp.GetRequiredService<MqttHubBus>()))));

        _ = host.Services; // starts the host

        string[] filters = await seen.Filters.Task.Within();
        Assert.Contains(Topics.HubEventFilter, filters);
        Assert.Contains(Topics.HubStatusFilter, filters);
    }

    /// <summary>Registered last: records the bus's handled filters when the host calls <see cref="StartedAsync"/>, as it does for the bus itself.</summary>
    private sealed class FiltersWhenStarted : IHostedLifecycleService
    {
        private MqttHubBus? _bus;

        public TaskCompletionSource<string[]> Filters { get; } = Signal.New<string[]>();

        public FiltersWhenStarted Attach(MqttHubBus bus)
        {
            _bus = bus;
            return this;
        }

        public Task StartedAsync(CancellationToken cancellationToken)
        {
            Filters.TrySetResult(_bus!.HandledFilters);
            return Task.CompletedTask;
        }

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
