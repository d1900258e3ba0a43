using WearableAI.HubLoad;
using WearableAI.HubLoad.ScaleOut;

namespace WearableAI.Bench;

/// <summary>What `wai bench` runs and how big.</summary>
public sealed class BenchPlan
{
    /// <summary>Every part, in run order.</summary>
    public static readonly string[] Parts = ["watch", "watch-clr", "frontend", "models", "fleet", "hub", "capacity", "scaleout"];

    /// <summary>
    /// The parts run without <c>--only</c>: all but <c>scaleout</c>, which needs the Cluster-mode services
    /// (scripts/lib/cluster-services.sh) and root for its CPU cgroups, and takes ~5 min.
    /// </summary>
    public static readonly string[] DefaultParts = [.. Parts.Where(p => p != "scaleout")];

    /// <summary>Parts to run.</summary>
    public required IReadOnlySet<string> Only { get; init; }

    /// <summary>Small sizes everywhere (a smoke run of a minute or two).</summary>
    public bool Quick { get; init; }

    /// <summary>Folder with hub.onnx, watch.waim, clips/.</summary>
    public required string ModelsFolder { get; init; }

    /// <summary>The evaluation report to read (models/eval-report.json unless a dataset is evaluated).</summary>
    public required string EvalReport { get; init; }

    /// <summary>A dataset to evaluate first (Speech Commands layout), or null.</summary>
    public string? Dataset { get; init; }

    /// <summary>Where report.md and report.json go.</summary>
    public required string OutFolder { get; init; }

    /// <summary>Capacity steps (connected watches).</summary>
    public int[] CapacitySteps => Quick ? [50, 200] : [1000, 2500, 5000, 10000];

    /// <summary>Fleet size: watches, rooms, utterances.</summary>
    public (int Watches, int Rooms, int Utterances) Fleet => Quick ? (3, 1, 3) : (8, 3, 30);

    /// <summary>Hub load: devices, seconds, ramp.</summary>
    public BenchOptions HubLoad => Quick
        ? new BenchOptions { Devices = 20, Seconds = 3, Rate = 2, DrainSeconds = 3 }
        : new BenchOptions { Devices = 100, Seconds = 20, Rate = 2, Ramp = true };

    /// <summary>Part scaleout: each worker's CPU quota (default <see cref="ScaleOutOptions.CpusPerWorker"/>).</summary>
    public double? WorkerCpus { get; init; }

    /// <summary>Scale-out bench sizes (quick: 2 s runs, one repetition, a short failover run).</summary>
    public ScaleOutOptions ScaleOut
    {
        get
        {
            var sizes = Quick
                ? new ScaleOutOptions { Devices = 12, Repetitions = 1, Seconds = 2, WarmUpSeconds = 1, FailoverSeconds = 6, KillAtSeconds = 2 }
                : new ScaleOutOptions();
            return WorkerCpus is double cpus ? sizes with { CpusPerWorker = cpus } : sizes;
        }
    }

    /// <summary>Parses <c>--only a,b</c>; null or empty = the default parts.</summary>
    public static IReadOnlySet<string> ParseOnly(string? only)
    {
        if (string.IsNullOrWhiteSpace(only))
        {
            return DefaultParts.ToHashSet();
        }

        var set = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToHashSet();
        string[] unknown = [.. set.Where(p => !Parts.Contains(p))];
        return unknown.Length == 0 ? set : throw new ArgumentException($"--only: unknown part {string.Join(", ", unknown)} (parts: {string.Join(", ", Parts)})");
    }
}
