namespace WearableAI.HubLoad.ScaleOut;

/// <summary>Sizes of the scale-out bench (<see cref="ScaleOutRunner"/>).</summary>
public sealed record ScaleOutOptions
{
    /// <summary>The deployments compared: this many workers each.</summary>
    public IReadOnlyList<int> WorkerCounts { get; init; } = [1, 2, 3];

    /// <summary>
    /// Every worker's CPU quota. A quarter of a core: three workers take 0.75 of a 2-core machine and leave the rest to
    /// the load generator, Mosquitto and PostgreSQL, which need ~1.4 ms of CPU per candidate themselves. At 0.5 CPU three
    /// workers got only three quarters of their quota there (docs/scale-out.md, "Benchmark"); unquoted, one worker alone
    /// already uses both cores and the ratio means nothing. <c>wai bench --worker-cpus</c> sets another.
    /// </summary>
    public double CpusPerWorker { get; init; } = 0.25;

    /// <summary>Simulated watches, each in a household of its own, each with one candidate outstanding (closed loop).</summary>
    public int Devices { get; init; } = 48;

    /// <summary>Measured runs per deployment (the spread is reported).</summary>
    public int Repetitions { get; init; } = 5;

    /// <summary>Length of each measured run.</summary>
    public double Seconds { get; init; } = 10;

    /// <summary>
    /// Unmeasured run after start (JIT, connection pools, partitions). A half-core worker is still compiling its hot
    /// paths (tiered JIT) after 5 s: runs right after a 5 s warm-up completed 30–40 % fewer candidates than later ones
    /// (and see <see cref="SettledIdleShare"/>).
    /// </summary>
    public double WarmUpSeconds { get; init; } = 20;

    /// <summary>The warm-up goes on (half as long again each time) while a worker idles above this share of its quota (its JIT still compiling)…</summary>
    public double SettledIdleShare { get; init; } = 0.2;

    /// <summary>…but not longer than this in all.</summary>
    public TimeSpan LongestWarmUp { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The failover run: 3 workers for this long, one killed (SIGKILL) at <see cref="KillAtSeconds"/>; 0 = no failover run.</summary>
    public double FailoverSeconds { get; init; } = 20;

    public double KillAtSeconds { get; init; } = 8;

    /// <summary>A candidate without a result is sent again this often, same sequence (the firmware's WatchOptions.VerdictResendMs)…</summary>
    public TimeSpan ResendAfter { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>…at most this many times (WatchOptions.VerdictResends).</summary>
    public int Resends { get; init; } = 2;

    /// <summary>A candidate without a result this long, re-sends included, is lost (the watch gives it up and sends its next one).</summary>
    public TimeSpan GiveUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Folder holding the hub program; default: beside this program.</summary>
    public string HubFolder { get; init; } = AppContext.BaseDirectory;
}
