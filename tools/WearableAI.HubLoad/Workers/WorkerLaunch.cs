namespace WearableAI.HubLoad.Workers;

/// <summary>What <see cref="HubWorkers.StartAsync"/> starts.</summary>
public sealed class WorkerLaunch
{
    /// <summary>The services the workers join.</summary>
    public required ClusterEndpoints Services { get; init; }

    /// <summary>The models folder every worker loads (hub.onnx + manifest.json).</summary>
    public required string ModelsFolder { get; init; }

    /// <summary>How many workers.</summary>
    public int Count { get; init; } = 3;

    /// <summary>Each worker's CPU quota in CPUs, each in its own cgroup (<see cref="CpuCgroup"/>); null = no cgroup.</summary>
    public double? CpusPerWorker { get; init; }

    /// <summary>Extra hub settings (<c>--Hub:…=…</c>) for every worker, after the launcher's own (later ones win).</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>Folder holding the hub program; default: beside this program (WearableAI.HubLoad copies it there).</summary>
    public string HubFolder { get; init; } = AppContext.BaseDirectory;

    /// <summary>Names the temporary folders and cgroups (unique per run by default).</summary>
    public string? RunName { get; init; }

    /// <summary>How long a worker may take to become ready (migrations, joining the cluster) on a loaded machine.</summary>
    public TimeSpan ReadyPatience { get; init; } = TimeSpan.FromSeconds(90);
}
