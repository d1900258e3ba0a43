using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Observability;

namespace WearableAI.Hub.Inference;

/// <summary>
/// The models folder's <c>manifest.json</c> (<see cref="ModelManifest"/>), read ONCE when the hub starts and
/// shared from here: the hub model, the models endpoint and the health check all see the same value.
/// A missing manifest means no models are shipped yet; one that cannot be used (not JSON, another schema
/// version, a broken field) leaves the hub running without a model, logs a warning, counts
/// <c>wai_hub_model_manifest_refused_total{problem}</c> and is reported by <c>GET /api/models</c> and
/// <c>/health/ready</c> (degraded) with the reader's one-line message.
/// </summary>
public sealed partial class ShippedManifest
{
    public ShippedManifest(IOptions<InferenceOptions> options, HubMetrics metrics, ILogger<ShippedManifest> logger)
    {
        Counter<long> refused = metrics.Meter.CreateCounter<long>(
            "wai.hub.model.manifest_refused", "{manifest}", "Model manifests the hub could not use, by problem (malformed, incompatible, invalid)");
        Folder = ModelsFolder.Resolve(options.Value.ModelsFolder);
        string path = Path.Combine(Folder, ModelFiles.ManifestName);
        try
        {
            Manifest = ModelManifestFile.Read(path);
        }
        catch (ModelManifestException e)
        {
            Problem = e.Problem;
            Reason = e.Problem == ModelManifestProblem.Missing
                ? $"no models shipped yet: {path} not found (`wai ship` writes it beside {ModelFiles.HubModelName})"
                : $"model manifest refused: {e.Message}";
            if (e.Problem != ModelManifestProblem.Missing)
            {
                refused.Add(1, new KeyValuePair<string, object?>("problem", e.Problem.ToString().ToLowerInvariant()));
                LogRefused(logger, path, e.Problem, e.Message);
            }
        }
    }

    /// <summary>The models folder (resolved from <see cref="InferenceOptions.ModelsFolder"/>).</summary>
    public string Folder { get; }

    /// <summary>The manifest, or null when there is none or it was refused.</summary>
    public ModelManifest? Manifest { get; }

    /// <summary>Why there is no manifest (<see cref="ModelManifestProblem.Missing"/>: none shipped), or null.</summary>
    public ModelManifestProblem? Problem { get; }

    /// <summary>The reason in one line for people, or null when the manifest was read.</summary>
    public string? Reason { get; }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model manifest {Path} refused ({Problem}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string path, ModelManifestProblem problem, string reason);
}
