using System.Text.Json;
using System.Text.Json.Nodes;
using WearableAI.Training.Data;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// Ships a finished training run: copies its hub ONNX model, watch blob and evaluation report into the models folder and
/// writes the <c>manifest.json</c> the hub reads (hub/WearableAI.Hub/Inference/ModelManifestReader.cs)
/// and the hub app shows: version, vocabulary, thresholds, front-end settings, windows, metrics from
/// the run's evaluation report, training config and data hash. Refuses an unfinished run.
/// </summary>
public static class ModelShipper
{
    /// <summary>Name of the watch blob in the models folder.</summary>
    public const string WatchBlobName = "watch.waim";

    /// <summary>Name of the run's full evaluation report in the models folder (with DET points; the benchmark report reads it).</summary>
    public const string EvalReportName = "eval-report.json";

    /// <summary>Name of the hub model in the models folder.</summary>
    public const string HubModelName = "hub.onnx";

    /// <summary>Copies the models of <paramref name="run"/> into <paramref name="models"/> and writes the manifest.</summary>
    /// <param name="run">A finished <c>wai train</c> folder (with <c>metrics.json</c>).</param>
    /// <param name="models">Destination folder (created when missing).</param>
    /// <param name="evalReport">The <c>wai eval</c> JSON report of the run, or null to ship without metrics.</param>
    /// <param name="version">The manifest version (e.g. the run's time stamp).</param>
    /// <returns>The manifest written.</returns>
    /// <exception cref="DatasetException">The run is unfinished or a file is missing or unreadable.</exception>
    public static JsonObject Ship(string run, string models, string? evalReport, string version)
    {
        if (!File.Exists(Path.Combine(run, RunFolder.FinishedMarker)))
        {
            throw new DatasetException($"{run}: not a finished training run (no {RunFolder.FinishedMarker})");
        }

        string hubModel = Required(Path.Combine(run, "hub", HubModelName));
        string blob = Required(Path.Combine(run, "tiny", TinyStage.BlobName));
        JsonObject hub = Read(Required(Path.Combine(run, "hub", "config.json")));
        JsonObject? report = evalReport is null ? null : Read(Required(evalReport));
        JsonObject vocabulary = hub["vocabulary"]?.AsObject() ?? throw new DatasetException($"{run}/hub/config.json: no vocabulary");
        JsonNode? tinyThreshold = report?["tiny"]?["threshold"];

        var metrics = new JsonObject();
        foreach (string tier in new[] { "hub", "tiny", "cascade", "budgets" })
        {
            JsonNode? value = report?[tier]?.DeepClone();
            (value as JsonObject)?.Remove("det");
            metrics[tier] = value;
        }

        var manifest = new JsonObject
        {
            ["version"] = version,
            ["wakePhrase"] = vocabulary["wakePhrase"]?.DeepClone(),
            ["wakeLabel"] = vocabulary["wakeLabel"]?.DeepClone(),
            ["vocabulary"] = vocabulary["labels"]?.DeepClone(),
            ["thresholds"] = new JsonObject
            {
                ["wake"] = hub["wakeThreshold"]?.DeepClone(),
                ["command"] = 0.5,
                ["tinyWake"] = tinyThreshold?.DeepClone(),
            },
            ["frontEnd"] = hub["frontEnd"]?.DeepClone(),
            ["windows"] = hub["windows"]?.DeepClone(),
            ["featureScale"] = 1,
            ["input"] = "features",
            ["output"] = "logits",
            ["files"] = new JsonObject { ["hub"] = HubModelName, ["watch"] = WatchBlobName },
            ["metrics"] = metrics,
            ["training"] = new JsonObject
            {
                ["preset"] = hub["preset"]?.DeepClone(),
                ["seed"] = hub["seed"]?.DeepClone(),
                ["hub"] = hub["training"]?.DeepClone(),
                ["network"] = hub["network"]?.DeepClone(),
                ["run"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(run)),
            },
            ["dataHash"] = hub["dataHash"]?.DeepClone(),
        };

        Directory.CreateDirectory(models);
        File.Copy(hubModel, Path.Combine(models, HubModelName), overwrite: true);
        File.Copy(blob, Path.Combine(models, WatchBlobName), overwrite: true);
        File.WriteAllText(Path.Combine(models, "manifest.json"), manifest.ToJsonString(JsonFile.Options) + "\n");
        if (evalReport is not null)
        {
            File.Copy(evalReport, Path.Combine(models, EvalReportName), overwrite: true);
        }
        return manifest;
    }

    private static string Required(string path) =>
        File.Exists(path) ? path : throw new DatasetException($"{path} not found");

    private static JsonObject Read(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new DatasetException($"{path}: empty JSON");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new DatasetException($"{path} is not a JSON object: {e.Message}", e);
        }
    }
}
