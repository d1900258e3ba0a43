namespace WearableAI.Contracts;

/// <summary>The decision thresholds of the shipped models (<c>thresholds</c> in the manifest).</summary>
public sealed record ModelThresholds
{
    /// <summary>P(wake) at or above which the hub accepts a wake candidate (before per-device adaptation), 0..1.</summary>
    public required double Wake { get; init; }

    /// <summary>Probability at or above which the hub accepts a command label, 0..1.</summary>
    public required double Command { get; init; }

    /// <summary>The watch blob's wake score threshold (its own units), or null when not recorded.</summary>
    public int? TinyWake { get; init; }
}
