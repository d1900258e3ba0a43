namespace WearableAI.Hub.Inference;

/// <summary>Answer of <c>GET /api/models</c>: the shipped models as the hub read them at startup.</summary>
/// <param name="Available">Whether the hub model is loaded (wake candidates are verified, commands classified).</param>
/// <param name="Reason">Why it is not, in one line (no models shipped yet, the manifest refused and why, the model file broken), or null.</param>
/// <param name="Manifest">The manifest (version, vocabulary, thresholds, headline figures …), or null when there is none or it was refused.</param>
public sealed record ModelsStatus(bool Available, string? Reason, ModelManifest? Manifest);
