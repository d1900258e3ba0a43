using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Observability;

namespace WearableAI.TestSupport.Hubs;

/// <summary>
/// The real hub in-process (WebApplicationFactory) with its real embedded broker on a free port
/// and a fresh data folder (an existing data folder can be given, and is then kept, for restart tests).
/// </summary>
public sealed class HubApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsFolder;
    private readonly TimeProvider? _time;

    /// <summary>
    /// A hub (not started yet) with the test defaults; <paramref name="settings"/> add to or override them, an existing
    /// <paramref name="dataFolder"/> is used and kept, and <paramref name="time"/> replaces the hub's clock.
    /// </summary>
    public HubApp(Dictionary<string, string?>? settings = null, string? dataFolder = null, TimeProvider? time = null)
    {
        _time = time;
        _ownsFolder = dataFolder is null;
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("wai-hub-test-").FullName;
        MqttPort = FreePort.Next();
        _settings = new Dictionary<string, string?>
        {
            ["Hub:Storage:DataFolder"] = DataFolder,
            ["Hub:Broker:Port"] = MqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hub:Web:RemoteAccessToken"] = RemoteToken,
            // The models folder is the test's own unless a test names one (never the repository's models/).
            ["Hub:Inference:ModelsFolder"] = Path.Combine(DataFolder, "models"),
        };
        foreach (KeyValuePair<string, string?> setting in settings ?? [])
        {
            _settings[setting.Key] = setting.Value;
        }
    }

    /// <summary>The remote-access token every test hub accepts.</summary>
    public const string RemoteToken = "test-remote-token-0123456789";

    /// <summary>The hub's data folder (database, generated Mosquitto files, its models/ unless a test names another).</summary>
    public string DataFolder { get; }

    /// <summary>The embedded broker's port on 127.0.0.1 (a free port).</summary>
    public int MqttPort { get; }

    /// <summary>The hub's own MQTT client (starts the hub).</summary>
    public IHubBus Bus => Services.GetRequiredService<IHubBus>();

    /// <summary>The hub's counters (starts the hub).</summary>
    public HubMetrics Metrics => Services.GetRequiredService<HubMetrics>();

    /// <summary>
    /// The hub's counters since before it started: attached when the host builds its hosted services, ahead of all of
    /// them. A probe made from <see cref="Metrics"/> misses what the hub counts before the test gets there — getting
    /// <see cref="Metrics"/> starts the hub, and a broker holding queued messages for it delivers them at once.
    /// </summary>
    public MetricProbe Probe => Services.GetRequiredService<MetricProbe>();

    /// <summary>Starts the hub and waits until its own client is connected to the broker.</summary>
    public async Task<HubApp> StartAsync()
    {
        await Services.GetRequiredService<MqttHubBus>().WaitUntilConnectedAsync(CancellationToken.None).Within();
        return this;
    }

    /// <summary>Provisions a device through the REST API.</summary>
    public async Task<ProvisionedDevice> ProvisionAsync(string name = "test watch", string? group = null)
    {
        using HttpClient http = CreateClient();
        using HttpResponseMessage response = await http.PostAsJsonAsync("/api/devices", new CreateDeviceRequest(name, group));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProvisionedDevice>())!;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));

        // Also as host settings, which Program already sees while it composes the hub (the Orleans silo's clustering
        // is chosen then, by Hub:Cluster:Mode); the app configuration above comes later and still wins.
        foreach (KeyValuePair<string, string?> setting in _settings)
        {
            builder.UseSetting(setting.Key, setting.Value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(sp => new MetricProbe(sp.GetRequiredService<HubMetrics>().Meter));
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, ProbeFirst>()); // built before every other hosted service
        });
        if (_time is not null)
        {
            // The hub's one clock (stores, timeline, timers), e.g. a FakeTimeProvider the test advances.
            builder.ConfigureServices(services => services.AddSingleton(_time));
        }
    }

    /// <summary>Makes the host create <see cref="Probe"/> before any hosted service can count.</summary>
    private sealed class ProbeFirst(MetricProbe probe) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(probe);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Stops the hub and deletes its data folder if the hub made it.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A late write of a device's offline state can race the delete; the folder is temporary anyway.
            }
        }
    }
}
