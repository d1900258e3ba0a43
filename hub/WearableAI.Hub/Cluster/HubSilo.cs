using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using Orleans.Persistence;
using Orleans.Runtime;
using StackExchange.Redis;
using OrleansClusterOptions = Orleans.Configuration.ClusterOptions;

namespace WearableAI.Hub.Cluster;

/// <summary>
/// The Orleans silo inside every hub process, which holds the arbitration rounds (one grain per household group)
/// and the device state (one grain per device). Single mode: one silo on a free loopback port with in-process
/// membership, no extra service. Cluster mode: one silo per worker, membership in Redis (<see cref="ClusterOptions.Redis"/>),
/// the cluster id is <see cref="ClusterOptions.ShareGroup"/>, and a dead worker is declared dead within seconds
/// (<see cref="DeathDetection"/>) so that the grains it held come back on the live workers.
/// </summary>
public static class HubSilo
{
    /// <summary>The Orleans service id of every WearableAI deployment.</summary>
    public const string ServiceId = "wearableai-hub";

    /// <summary>The grain storage provider holding each household group's last decided arbitration round.</summary>
    public const string RoundStorage = "arbitration";

    /// <summary>Adds the silo; reads the mode now and binds everything else when the host starts (after the settings are validated).</summary>
    public static WebApplicationBuilder AddHubSilo(this WebApplicationBuilder builder)
    {
        bool cluster = Enum.TryParse(builder.Configuration[$"{ClusterOptions.Section}:{nameof(ClusterOptions.Mode)}"], ignoreCase: true, out ClusterMode mode)
            && mode == ClusterMode.Cluster;
        // Picked once: the port the silo listens on must be the one the membership table advertises.
        int siloPort = int.TryParse(builder.Configuration[$"{ClusterOptions.Section}:{nameof(ClusterOptions.SiloPort)}"], out int port) && port > 0 && cluster
            ? port
            : FreeLoopbackPort();
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            if (cluster)
            {
                silo.UseRedisClustering(_ => { });
                silo.Services.AddOptions<RedisClusteringOptions>().Configure<IOptions<ClusterOptions>>((redis, settings) =>
                    redis.ConfigurationOptions = ConfigurationOptions.Parse(settings.Value.Redis));
                silo.Services.AddOptions<OrleansClusterOptions>().Configure<IOptions<ClusterOptions>>((ids, settings) =>
                {
                    ids.ClusterId = settings.Value.ShareGroup;
                    ids.ServiceId = ServiceId;
                });
                silo.Services.AddOptions<EndpointOptions>().Configure<IOptions<ClusterOptions>>((endpoints, settings) =>
                {
                    endpoints.AdvertisedIPAddress = IPAddress.Parse(settings.Value.SiloAddress);
                    endpoints.SiloPort = siloPort;
                    endpoints.GatewayPort = 0; // no Orleans clients: the workers call their grains from inside the silo
                });
                silo.Configure<ClusterMembershipOptions>(DeathDetection);
                silo.Services.AddRedisGrainStorage(RoundStorage, storage => storage.Configure<IOptions<ClusterOptions>>((redis, settings) =>
                {
                    redis.ConfigurationOptions = ConfigurationOptions.Parse(settings.Value.Redis);
                    redis.EntryExpiry = TimeSpan.FromHours(1); // the last round matters for seconds; a quiet group's key goes
                }));
            }
            else
            {
                silo.UseLocalhostClustering(siloPort: siloPort, gatewayPort: 0, serviceId: ServiceId, clusterId: "single");
                silo.AddMemoryGrainStorage(RoundStorage);
            }
        });
        // A call to a worker that died unnoticed fails after this, and GrainCalls tries again; the longest call
        // waits out a round's window (≤ 1 s) or a command's wait for its wake verdict (2 s).
        builder.Services.Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<GrainCalls>();
        builder.Services.AddSingleton<IFatalErrorHandler, HubFatalErrorHandler>(); // after UseOrleans: replaces its FailFast

        return builder;
    }

    /// <summary>
    /// How fast a killed worker is declared dead. Orleans' defaults (probe every 5 s, 3 missed probes, 2 votes) take
    /// 15–30 s, during which calls to the grains it held fail. Here: a probe every second, dead after 3 missed
    /// probes, one vote enough (a deployment of two workers has only one voter left) — about 4 s after a kill -9,
    /// which <see cref="GrainCalls"/> waits out. A worker the CPU starves for 3 s is declared dead too and stops
    /// (<see cref="HubFatalErrorHandler"/>: logged, exit code 3, for its supervisor to start again);
    /// that is why the probes are not tighter.
    /// </summary>
    public static void DeathDetection(ClusterMembershipOptions membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        membership.ProbeTimeout = TimeSpan.FromSeconds(1);
        membership.NumMissedProbesLimit = 3;
        membership.NumVotesForDeathDeclaration = 1;
        membership.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
    }

    /// <summary>
    /// A loopback port nobody listens on right now, taken at random from 10000–19999 and checked by binding it. Not
    /// port 0's answer: that comes from Linux's ephemeral range (32768–60999), from which any process's next outgoing
    /// connection may take the same port in the moment before the silo binds it (workers starting side by side open
    /// many), and the worker then fails to start. Below the range the tests and the service script use (20000–31999).
    /// </summary>
    private static int FreeLoopbackPort()
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            int port = Random.Shared.Next(10000, 20000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new IOException("no free TCP port in 10000–19999 for the Orleans silo after 100 attempts");
    }
}
