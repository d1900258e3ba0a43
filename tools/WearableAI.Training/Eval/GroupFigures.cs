namespace WearableAI.Training.Eval;

/// <summary>A tier's figures on one group of clips: an engine family (<see cref="EngineFamily"/>) or a condition (clean / noisy).</summary>
public sealed record GroupFigures
{
    /// <summary>The family or condition.</summary>
    public required string Name { get; init; }

    /// <summary>Clips of the group.</summary>
    public int Clips { get; init; }

    /// <summary>Wake clips of the group.</summary>
    public int WakeClips { get; init; }

    /// <summary>The group's wake clips not accepted at the operating threshold, 0…1; null without wake clips.</summary>
    public double? WakeMissRate { get; init; }

    /// <summary>Mean over the commands of the share of each command's clips recognised; null when the tier has no command decision or the group no command clips.</summary>
    public double? CommandAccuracyMean { get; init; }

    /// <summary>Forced choice among the commands, mean over the commands (comparable with the peer).</summary>
    public double? CommandAccuracyForcedChoice { get; init; }

    /// <summary>The group's unknown-word clips correctly rejected, 0…1.</summary>
    public double? UnknownRejected { get; init; }

    /// <summary>Hours of the group's negative clips in the negative-clip stream.</summary>
    public double NegativeClipHours { get; init; }

    /// <summary>False accepts per hour on the group's negative clips (accepts placed on the clip under them); null without negative clips.</summary>
    public double? FalseAcceptsPerHour { get; init; }

    /// <summary>DET of the group: its wake miss rate against the false accepts per hour over all negatives, at each of the tier's thresholds.</summary>
    public IReadOnlyList<DetPoint>? Det { get; init; }
}
