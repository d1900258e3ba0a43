namespace WearableAI.Hub.Inference;

/// <summary>
/// The hub's keyword model: int8 feature windows in, probabilities over the manifest's vocabulary out.
/// One instance per process (it owns the ONNX Runtime session); thread-safe.
/// </summary>
public interface IKeywordModel
{
    /// <summary>The loaded model's manifest, or null when no model is available.</summary>
    ModelManifest? Manifest { get; }

    /// <summary>Why no model is available (missing or invalid files), or null when one is.</summary>
    string? UnavailableReason { get; }

    /// <summary>
    /// Scores one window: <paramref name="features"/> is frame-major <c>[frames × bands]</c> as on the wire.
    /// Throws <see cref="ArgumentException"/> when the bands do not match the manifest and
    /// <see cref="InvalidOperationException"/> when no model is available.
    /// </summary>
    Task<float[]> ScoreAsync(sbyte[] features, int frames, int bands, CancellationToken cancellationToken);
}
