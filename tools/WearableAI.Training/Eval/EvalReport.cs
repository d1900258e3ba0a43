namespace WearableAI.Training.Eval;

/// <summary>The JSON report of <c>wai eval</c> (snake_case keys; docs/evaluation.md).</summary>
public sealed record EvalReport
{
    /// <summary>Dataset folder.</summary>
    public required string Data { get; init; }

    /// <summary>Evaluated split (<c>test</c>, <c>validation</c>, <c>train</c> or <c>all</c>).</summary>
    public required string Split { get; init; }

    /// <summary>Models folder.</summary>
    public required string Models { get; init; }

    /// <summary>Data hash (same definition as the run's config.json).</summary>
    public required string DataHash { get; init; }

    /// <summary>Clips evaluated.</summary>
    public int Clips { get; init; }

    /// <summary>Wake clips among them.</summary>
    public int WakeClips { get; init; }

    /// <summary>Hours of held-out background streamed.</summary>
    public double BackgroundHours { get; init; }

    /// <summary>Hours of negative clips concatenated and streamed.</summary>
    public double NegativeClipHours { get; init; }

    /// <summary>Teacher tier (TorchSharp), when its weights were present.</summary>
    public TierReport? Teacher { get; init; }

    /// <summary>Hub tier (ONNX Runtime).</summary>
    public required TierReport Hub { get; init; }

    /// <summary>Tiny float tier, when its float weights were present.</summary>
    public TierReport? TinyFloat { get; init; }

    /// <summary>Tiny int8 tier (shared kernels, streamed).</summary>
    public TierReport? Tiny { get; init; }

    /// <summary>Cascade tiny → hub.</summary>
    public TierReport? Cascade { get; init; }

    /// <summary>The peer recogniser (PocketSphinx) on the same clips and background, when run (<c>--peer</c>).</summary>
    public TierReport? Peer { get; init; }

    /// <summary>Leave-one-engine-out: per family and tier, its figures trained with and without it (<c>--without</c>).</summary>
    public IReadOnlyList<HeldOutFamily>? LeaveOneEngineOut { get; init; }

    /// <summary>Each budget figure next to its budget.</summary>
    public IReadOnlyList<BudgetCheck> Budgets { get; init; } = [];

    /// <summary>Skipped tiers and measurement remarks.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>PNG files written.</summary>
    public IReadOnlyList<string> Plots { get; init; } = [];

    /// <summary>Seconds the evaluation took.</summary>
    public double Seconds { get; init; }
}
