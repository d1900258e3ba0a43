namespace WearableAI.Contracts;

/// <summary>The feature windows the hub model was trained on (<c>windows</c> in the manifest).</summary>
public sealed record ModelWindows
{
    /// <summary>Frames in a wake verification window.</summary>
    public required int WakeFrames { get; init; }

    /// <summary>Frames in a command window.</summary>
    public required int CommandFrames { get; init; }

    /// <summary>How clips were placed in windows, in words; null when not recorded.</summary>
    public string? Placement { get; init; }
}
