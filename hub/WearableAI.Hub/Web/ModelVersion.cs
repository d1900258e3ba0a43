namespace WearableAI.Hub.Web;

/// <summary>One model version listed in <c>manifest.json</c>.</summary>
/// <param name="Version">Its version (or id/name, when the manifest calls it so).</param>
/// <param name="Metrics">Its evaluation metrics; nested objects flattened to <c>"hub.accuracy"</c>.</param>
/// <param name="Properties">Its other plain fields (tier, file, created, sha256 …) as text.</param>
public sealed record ModelVersion(string Version, IReadOnlyDictionary<string, double> Metrics, IReadOnlyDictionary<string, string> Properties);
