using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Resilience;
using WearableAI.Hub.Tests.Support;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// Hub workers in Cluster mode in this process, on the real Mosquitto, Redis and PostgreSQL of <see cref="ClusterServices"/>:
/// one fresh database and one share group (which is also the Orleans cluster id) per deployment.
/// </summary>
public sealed class ClusterWorkers : IAsyncDisposable
{
    private readonly ClusterServices _services;
    private readonly List<Watch> _watches = [];

    private ClusterWorkers(ClusterServices services, IReadOnlyList<HubApp> workers)
    {
        _services = services;
        Workers = workers;
    }

    public IReadOnlyList<HubApp> Workers { get; }

    /// <summary>Starts <paramref name="count"/> workers; <paramref name="extra"/> settings apply to all.</summary>
    public static async Task<ClusterWorkers> StartAsync(ClusterServices services, int count, Dictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        string database = await services.CreateDatabaseAsync();
        string shareGroup = "t" + Guid.NewGuid().ToString("N")[..12];
        string models = TestKeywordModel.CreateFolder();
        var workers = new List<HubApp>();
        for (int i = 1; i <= count; i++)
        {
            Dictionary<string, string?> settings = Settings(services, $"worker-{i}", database, shareGroup, models);
            foreach (KeyValuePair<string, string?> setting in extra ?? [])
            {
                settings[setting.Key] = setting.Value;
            }

            workers.Add(new HubApp(settings));
        }

        foreach (HubApp worker in workers)
        {
            await worker.StartAsync();
        }

        return new ClusterWorkers(services, workers);
    }

    /// <summary>The settings of one Cluster-mode worker.</summary>
    public static Dictionary<string, string?> Settings(ClusterServices services, string name, string database, string shareGroup, string models)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new()
        {
            ["Hub:Cluster:Mode"] = "Cluster",
            ["Hub:Cluster:PostgreSql"] = database,
            ["Hub:Cluster:Redis"] = "127.0.0.1:" + services.RedisPort.ToString(CultureInfo.InvariantCulture),
            ["Hub:Cluster:ShareGroup"] = shareGroup,
            ["Hub:Cluster:WorkerId"] = name,
            ["Hub:Broker:Mode"] = "External",
            ["Hub:Broker:ExternalUrl"] = "mqtt://127.0.0.1:" + services.MqttPort.ToString(CultureInfo.InvariantCulture),
            ["Hub:Broker:Username"] = "hub",
            ["Hub:Broker:Password"] = "cluster-test",
            ["Hub:Inference:ModelsFolder"] = models,
        };
    }

    /// <summary>A provisioned watch of <paramref name="group"/>, connected to Mosquitto and registered online (its Hello stored).</summary>
    public async Task<Watch> WatchAsync(string group)
    {
        ProvisionedDevice device = await Workers[0].ProvisionAsync("watch", group);
        Watch watch = await new Watch(device, _services.MqttPort).ConnectAsync();
        _watches.Add(watch);
        await watch.HelloAsync();
        await HubQueries.UntilAsync(() => Workers[^1].DeviceAsync(device.Id), d => d.Online);
        return watch;
    }

    /// <summary>Which worker took the watch's wake candidate <paramref name="sequence"/> (index into <see cref="Workers"/>), from their timelines; -1 when none shows it.</summary>
    public int WorkerOf(Watch watch, uint sequence)
    {
        ArgumentNullException.ThrowIfNull(watch);
        for (int i = 0; i < Workers.Count; i++)
        {
            var feed = (TimelineFeed)Workers[i].Services.GetService(typeof(TimelineFeed))!;
            if (feed.Recent().Any(e => e.Kind == TimelineKind.WakeCandidate && e.DeviceId == watch.Id
                && JsonSerializer.SerializeToElement(e.Details).GetProperty("sequence").GetUInt32() == sequence))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Stored wake results, and distinct (device, sequence) among them.</summary>
    public static async Task<(long Results, long Distinct)> WakeResultsAsync(HubDatabase store)
    {
        await using DbConnection connection = await store.OpenAsync();
        await using DbCommand command = connection.Command("SELECT COUNT(*), COUNT(DISTINCT (device_id, sequence)) FROM results WHERE kind = 'WakeCandidate'");
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (Watch watch in _watches)
        {
            await watch.DisposeAsync();
        }

        foreach (HubApp worker in Workers)
        {
            await worker.DisposeAsync();
        }
    }
}
