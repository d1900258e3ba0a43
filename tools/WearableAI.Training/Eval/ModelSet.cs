using System.Text.Json;
using WearableAI.Contracts;
using WearableAI.Shared.Models;
using WearableAI.Training.Data;
using WearableAI.Training.Models;
using WearableAI.Training.Tiny;

namespace WearableAI.Training.Eval;

/// <summary>
/// The models <c>wai eval</c> finds in a folder: a <c>wai train</c> run folder
/// (<c>hub/hub.onnx</c>, <c>teacher/teacher.dat</c>, <c>tiny/*.waim</c>, config.json files) or the shipped
/// <c>models/</c> folder (<c>hub.onnx</c>, <c>*.waim</c>, <c>manifest.json</c>). Every file is optional
/// except the hub model and the vocabulary; a missing tier is skipped with a note.
/// </summary>
public sealed class ModelSet
{
    /// <summary>File name endings of the watch blob.</summary>
    public static readonly IReadOnlyList<string> BlobPatterns = ["*.waim", "*.blob"];

    private ModelSet(string root)
    {
        Root = root;
    }

    /// <summary>The folder (absolute).</summary>
    public string Root { get; }

    /// <summary>The hub ONNX file.</summary>
    public string HubOnnx { get; private set; } = string.Empty;

    /// <summary>The class names in output order.</summary>
    public IReadOnlyList<string> Labels { get; private set; } = [];

    /// <summary>The wake phrase.</summary>
    public string WakePhrase { get; private set; } = "hey nano";

    /// <summary>The hub's P(wake) verification threshold.</summary>
    public double HubWakeThreshold { get; private set; } = 0.5;

    /// <summary>The teacher weights and shape, when present.</summary>
    public (string Weights, KeywordNetShape Shape)? Teacher { get; private set; }

    /// <summary>The watch blob path and its loaded model, when present.</summary>
    public (string Path, WatchModel Model)? Tiny { get; private set; }

    /// <summary>Float weights of the tiny model with their (pruned) shape, when present.</summary>
    public (string Weights, TinyNetShape Shape)? TinyFloat { get; private set; }

    /// <summary>The tiny model's training figures (<c>tiny/metrics.json</c> of a run folder), when present.</summary>
    public JsonElement? TinyTrainingMetrics { get; private set; }

    /// <summary>Why a tier is skipped, one line each.</summary>
    public IList<string> Notes { get; } = new List<string>();

    /// <summary>Finds and checks the models in <paramref name="folder"/>.</summary>
    /// <exception cref="DatasetException">Missing folder, no hub model or vocabulary, or a corrupt model file (one line).</exception>
    public static ModelSet Open(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new DatasetException($"models folder {root} does not exist (give a run folder of wai train or models/)");
        var set = new ModelSet(root);
        set.HubOnnx = FirstExisting(root, "hub/hub.onnx", "hub.onnx")
            ?? throw new DatasetException($"models folder {root} holds no hub.onnx (expected hub/hub.onnx of a wai train run, or hub.onnx in models/)");
        set.ReadVocabulary();
        set.FindTeacher();
        set.FindTiny();
        return set;
    }

    private void ReadVocabulary()
    {
        foreach (string candidate in new[] { "hub/config.json", "config.json" })
        {
            using JsonDocument? document = ReadJson(Path.Combine(Root, candidate));
            if (document == null) continue;
            JsonElement top = document.RootElement;
            if (TryGet(top, "vocabulary", out JsonElement vocabulary) && TryGet(vocabulary, "labels", out JsonElement labels) && labels.ValueKind == JsonValueKind.Array)
            {
                Labels = labels.EnumerateArray().Select(l => l.GetString() ?? string.Empty).ToArray();
                if (TryGet(vocabulary, "wakePhrase", out JsonElement wake) && wake.ValueKind == JsonValueKind.String) WakePhrase = wake.GetString()!;
                if (TryGet(top, "wakeThreshold", out JsonElement threshold) && threshold.ValueKind == JsonValueKind.Number) HubWakeThreshold = threshold.GetDouble();
                if (TryGet(top, "thresholds", out JsonElement thresholds) && TryGet(thresholds, "hubWake", out JsonElement hub) && hub.ValueKind == JsonValueKind.Number) HubWakeThreshold = hub.GetDouble();
                return;
            }
        }

        string manifestPath = Path.Combine(Root, ModelFiles.ManifestName);
        if (File.Exists(manifestPath))
        {
            // manifest.json of a shipped models/ folder (wai ship), through the reader the hub uses.
            ModelManifest manifest;
            try
            {
                manifest = ModelManifestFile.Read(manifestPath);
            }
            catch (ModelManifestException e)
            {
                throw new DatasetException(e.Message, e);
            }

            Labels = manifest.Vocabulary;
            WakePhrase = manifest.WakePhrase ?? WakePhrase;
            HubWakeThreshold = manifest.Thresholds.Wake;
            return;
        }

        throw new DatasetException($"models folder {Root} has no vocabulary (hub/config.json, config.json with vocabulary.labels, or manifest.json)");
    }

    private void FindTeacher()
    {
        string weights = Path.Combine(Root, "teacher", "teacher.dat");
        if (!File.Exists(weights))
        {
            Notes.Add("teacher: skipped — no teacher/teacher.dat in the models folder (shipped models/ carry none)");
            return;
        }

        using JsonDocument? config = ReadJson(Path.Combine(Root, "teacher", "config.json"));
        KeywordNetShape? shape = config != null && TryGet(config.RootElement, "network", out JsonElement network)
            ? network.Deserialize<KeywordNetShape>(Pipeline.JsonFile.Options)
            : null;
        if (shape == null)
        {
            Notes.Add("teacher: skipped — teacher/config.json has no network shape");
            return;
        }

        Teacher = (weights, shape);
    }

    private void FindTiny()
    {
        string? blobPath = BlobPatterns
            .SelectMany(pattern => new[] { Path.Combine(Root, "tiny"), Root }.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, pattern)))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (blobPath == null)
        {
            Notes.Add("tiny int8 and cascade: skipped — no watch blob (tiny/*.waim or *.waim) in the models folder");
            return;
        }

        ModelBlobLoadResult loaded = ModelBlobLoader.Load(File.ReadAllBytes(blobPath));
        if (!loaded.IsValid || loaded.Model == null)
        {
            throw new DatasetException($"watch model {blobPath} is corrupt: {loaded.Error}: {loaded.Message}");
        }

        Tiny = (blobPath, loaded.Model);
        using (JsonDocument? metrics = ReadJson(Path.Combine(Root, "tiny", "metrics.json")))
        {
            if (metrics != null) TinyTrainingMetrics = metrics.RootElement.Clone();
        }

        string weights = Path.Combine(Root, "tiny", "tiny.dat");
        using JsonDocument? config = ReadJson(Path.Combine(Root, "tiny", "config.json"));
        TinyNetShape? shape = null;
        if (config != null && TryGet(config.RootElement, "network", out JsonElement network))
        {
            try
            {
                shape = network.Deserialize<TinyNetShape>(Pipeline.JsonFile.Options);
            }
            catch (JsonException)
            {
                shape = null;
            }
        }

        if (File.Exists(weights) && shape != null)
        {
            TinyFloat = (weights, shape);
        }
        else
        {
            Notes.Add("tiny float: skipped — no tiny/tiny.dat with its network shape in tiny/config.json; the quantisation drop comes from the training metrics if they have it");
        }
    }

    private static string? FirstExisting(string root, params string[] relative) =>
        relative.Select(r => Path.Combine(root, r)).FirstOrDefault(File.Exists);

    private static JsonDocument? ReadJson(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object) return false;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }
}
