namespace WearableAI.Hub.Cluster;

/// <summary>How this hub process takes part in a deployment (configuration section <c>Hub:Cluster</c>; docs/scale-out.md).</summary>
public sealed class ClusterOptions
{
    public const string Section = "Hub:Cluster";

    /// <summary><see cref="ClusterMode.Single"/> (default) or <see cref="ClusterMode.Cluster"/>.</summary>
    public ClusterMode Mode { get; set; } = ClusterMode.Single;

    /// <summary>Cluster: the PostgreSQL connection string (Npgsql syntax, <c>Host=…;Port=…;Username=…;Password=…;Database=…</c>).</summary>
    public string PostgreSql { get; set; } = "";

    /// <summary>
    /// Cluster: the MQTT 5 shared-subscription group the workers join (<c>$share/&lt;group&gt;/…</c>); the broker hands each
    /// device message to one member of the group. It is also the workers' Orleans cluster id: one name per deployment.
    /// </summary>
    public string ShareGroup { get; set; } = "wai-hubs";

    /// <summary>
    /// Cluster: this worker's name, unique among the workers and stable across its restarts: its MQTT client id is
    /// the broker account's user name, a dash and this name. Empty = the machine's host name.
    /// </summary>
    public string WorkerId { get; set; } = "";

    /// <summary>
    /// Cluster: the Redis that holds the workers' Orleans membership table (StackExchange.Redis syntax,
    /// <c>host:port[,password=…]</c>). Arbitration rounds and device state live in grains spread over the workers.
    /// </summary>
    public string Redis { get; set; } = "";

    /// <summary>
    /// The port of this process's Orleans silo (worker-to-worker calls). 0 (the default) = a free port, which the
    /// membership table advertises; set one where a firewall must name it. Single mode always takes a free loopback port.
    /// </summary>
    public int SiloPort { get; set; }

    /// <summary>Cluster: the IP address the other workers reach this worker's silo at (default 127.0.0.1: all workers on one machine).</summary>
    public string SiloAddress { get; set; } = "127.0.0.1";

    /// <summary>True in <see cref="ClusterMode.Cluster"/>.</summary>
    public bool IsCluster => Mode == ClusterMode.Cluster;

    /// <summary>The worker name with the default applied.</summary>
    public string ResolvedWorkerId => string.IsNullOrWhiteSpace(WorkerId) ? Environment.MachineName : WorkerId;
}
