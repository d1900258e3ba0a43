using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>What the export adds to a trained model and how it is checked.</summary>
public sealed record TinyExportOptions
{
    /// <summary>Model version written to the blob header (monotonic; rollout and rollback).</summary>
    public uint ModelVersion { get; init; } = 1;

    /// <summary>Output frames after a detection with no new one (16 ≈ 1 s after the stem's stride 2).</summary>
    public int RefractoryFrames { get; init; } = 16;

    /// <summary>Extra golden windows <c>[N, bands, frames]</c> (e.g. real validation features), or null.</summary>
    public Tensor? GoldenFeatures { get; init; }

    /// <summary>Random golden windows added to the structured ones.</summary>
    public int RandomGoldenWindows { get; init; } = 8;

    /// <summary>Frames per generated golden window (47 ≈ 1.5 s).</summary>
    public int GoldenFrames { get; init; } = 47;

    /// <summary>Seed of the random golden windows.</summary>
    public int GoldenSeed { get; init; } = 7;
}
