using WearableAI.HubLoad;

namespace WearableAI.Bench;

/// <summary>What `wai bench` runs and how big.</summary>
public sealed class BenchPlan
{
    /// <summary>Every part, in run order.</summary>
    public static readonly string[] Parts = ["watch", "watch-clr", "frontend", "models", "fleet", "hub", "capacity"];

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

    /// <summary>Parses <c>--only a,b</c>; null or empty = everything.</summary>
    public static IReadOnlySet<string> ParseOnly(string? only)
    {
        if (string.IsNullOrWhiteSpace(only))
        {
            return Parts.ToHashSet();
        }

        var set = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToHashSet();
        string[] unknown = [.. set.Where(p => !Parts.Contains(p))];
        return unknown.Length == 0 ? set : throw new ArgumentException($"--only: unknown part {string.Join(", ", unknown)} (parts: {string.Join(", ", Parts)})");
    }
}
