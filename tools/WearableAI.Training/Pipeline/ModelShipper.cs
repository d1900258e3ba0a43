using System.Text.Json;
using System.Text.Json.Nodes;
using WearableAI.Contracts;
using WearableAI.Training.Data;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// Ships a finished training run: copies its hub ONNX model, watch blob and evaluation report into the models folder and
/// writes the <c>manifest.json</c> the hub reads (<see cref="ModelManifest"/>, through <see cref="ModelManifestFile"/>):
/// version, vocabulary, thresholds, front-end settings, windows, the evaluation's headline figures, training config and
/// data hash. The full evaluation report stays a file of its own beside it (<see cref="ModelFiles.EvalReportName"/>).
/// Refuses an unfinished run.
/// </summary>
public static class ModelShipper
{
    /// <summary>The report's sections whose numbers become the manifest's headline figures (DET points stay in the report).</summary>
    private static readonly string[] HeadlineTiers = ["hub", "tiny", "cascade"];

    /// <summary>Copies the models of <paramref name="run"/> into <paramref name="models"/> and writes the manifest.</summary>
    /// <param name="run">A finished <c>wai train</c> folder (with <c>metrics.json</c>).</param>
    /// <param name="models">Destination folder (created when missing).</param>
    /// <param name="evalReport">The <c>wai eval</c> JSON report of the run, or null to ship without metrics.</param>
    /// <param name="version">The manifest version (e.g. the run's time stamp).</param>
    /// <returns>The manifest written.</returns>
    /// <exception cref="DatasetException">The run is unfinished or a file is missing or unreadable.</exception>
    public static ModelManifest Ship(string run, string models, string? evalReport, string version)
    {
        if (!File.Exists(Path.Combine(run, RunFolder.FinishedMarker)))
        {
            throw new DatasetException($"{run}: not a finished training run (no {RunFolder.FinishedMarker})");
        }

        string hubModel = Required(Path.Combine(run, "hub", ModelFiles.HubModelName));
        string blob = Required(Path.Combine(run, "tiny", TinyStage.BlobName));
        string configPath = Required(Path.Combine(run, "hub", "config.json"));
        JsonObject hub = Read(configPath);
        JsonObject? report = evalReport is null ? null : Read(Required(evalReport));
        ModelManifest manifest;
        try
        {
            manifest = Manifest(hub, report, version, Path.GetFileName(Path.TrimEndingDirectorySeparator(run)));
            ModelManifestFile.ToJson(manifest); // refuse before anything is copied
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ModelManifestException)
        {
            throw new DatasetException($"{configPath}: cannot make a manifest of it: {e.Message}", e);
        }

        Directory.CreateDirectory(models);
        File.Copy(hubModel, Path.Combine(models, ModelFiles.HubModelName), overwrite: true);
        File.Copy(blob, Path.Combine(models, ModelFiles.WatchBlobName), overwrite: true);
        string shippedReport = Path.Combine(models, ModelFiles.EvalReportName);
        if (evalReport is not null)
        {
            File.Copy(evalReport, shippedReport, overwrite: true);
        }
        else
        {
            File.Delete(shippedReport); // an earlier model's report would describe other models
        }

        ModelManifestFile.Write(Path.Combine(models, ModelFiles.ManifestName), manifest);
        return manifest;
    }

    /// <summary>
    /// The headline figures of an evaluation report: every number of its <c>hub</c>, <c>tiny</c> and <c>cascade</c>
    /// sections outside lists, named by path (<c>hub.accuracy</c>, <c>hub.human_probe.accepts</c>), in report order.
    /// </summary>
    public static Dictionary<string, double> HeadlineFigures(JsonObject? report)
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string tier in HeadlineTiers)
        {
            if (report?[tier] is JsonObject section)
            {
                Flatten(section, tier, figures);
            }
        }

        return figures;
    }

    private static ModelManifest Manifest(JsonObject hub, JsonObject? report, string version, string runName)
    {
        JsonObject vocabulary = hub["vocabulary"]?.AsObject() ?? throw new InvalidOperationException("no vocabulary");
        JsonNode? tinyThreshold = report?["tiny"]?["threshold"];
        return new ModelManifest
        {
            Version = version,
            WakePhrase = (string?)vocabulary["wakePhrase"],
            WakeLabel = (string?)vocabulary["wakeLabel"] ?? throw new InvalidOperationException("no vocabulary.wakeLabel"),
            Vocabulary = vocabulary["labels"].Deserialize<List<string>>(JsonFile.Options) ?? throw new InvalidOperationException("no vocabulary.labels"),
            Thresholds = new ModelThresholds
            {
                Wake = (double?)hub["wakeThreshold"] ?? throw new InvalidOperationException("no wakeThreshold"),
                Command = 0.5,
                TinyWake = tinyThreshold is null ? null : (int)Math.Round((double)tinyThreshold),
            },
            FrontEnd = hub["frontEnd"].Deserialize<ModelFrontEnd>(JsonFile.Options) ?? throw new InvalidOperationException("no frontEnd"),
            Windows = hub["windows"].Deserialize<ModelWindows>(JsonFile.Options),
            FeatureScale = 1,
            Input = "features",
            Output = "logits",
            Files = new ModelFiles
            {
                Hub = ModelFiles.HubModelName,
                Watch = ModelFiles.WatchBlobName,
                EvalReport = report is null ? null : ModelFiles.EvalReportName,
            },
            Metrics = HeadlineFigures(report),
            Training = new ModelTraining
            {
                Preset = (string?)hub["preset"],
                Seed = (int?)hub["seed"],
                Hub = hub["training"].Deserialize<JsonElement?>(),
                Network = hub["network"].Deserialize<JsonElement?>(),
                Run = runName,
            },
            DataHash = (string?)hub["dataHash"],
        };
    }

    private static void Flatten(JsonObject section, string prefix, Dictionary<string, double> into)
    {
        foreach ((string name, JsonNode? value) in section)
        {
            string path = prefix + "." + name;
            if (value is JsonObject inner)
            {
                Flatten(inner, path, into);
            }
            else if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number && double.IsFinite(number.GetValue<double>()))
            {
                into[path] = number.GetValue<double>();
            }
        }
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
