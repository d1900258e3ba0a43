using System.Text.Json;
using System.Text.Json.Nodes;
using WearableAI.Shared.Audio;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;
using WearableAI.Training.Hub;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// The last stage of <c>wai train</c>: once the watch model exists, the hub's wake threshold is chosen again, on the
/// validation split's cascade as the watch runs it (<see cref="CascadeThresholdChooser"/>), and written to
/// hub/config.json (which <c>wai eval</c> and <c>wai ship</c> read) and hub/metrics.json.
/// </summary>
public static class CascadeThresholdStage
{
    /// <summary>Chooses the threshold for the run in <paramref name="root"/> and records it; returns the hub's metrics with the choice.</summary>
    /// <param name="root">The run folder (hub/hub.onnx and tiny/tiny.waim written).</param>
    /// <param name="dataset">The run's dataset.</param>
    /// <param name="features">Its features.</param>
    /// <param name="settings">The front end the features were made with.</param>
    /// <param name="hubMetrics">The hub's metrics so far.</param>
    /// <param name="progress">Progress sink.</param>
    public static ModelMetrics Run(string root, DatasetFolder dataset, FeatureSet features, FrontEndSettings settings, ModelMetrics hubMetrics, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(hubMetrics);
        ArgumentNullException.ThrowIfNull(progress);
        string blobPath = Path.Combine(root, "tiny", TinyStage.BlobName);
        ModelBlobLoadResult loaded = ModelBlobLoader.Load(File.ReadAllBytes(blobPath));
        if (!loaded.IsValid || loaded.Model == null) throw new DatasetException($"{blobPath}: {loaded.Error}: {loaded.Message}");
        var data = new EvalData(dataset, features, DataSplit.Validation, settings);
        if (data.WakeClips.Length == 0)
        {
            progress.Report("hub: no validation wake clips; the wake threshold stays as chosen on clip windows");
            return hubMetrics;
        }

        string hubFolder = Path.Combine(root, "hub");
        using var hub = new OnnxClassifier(Path.Combine(hubFolder, "hub.onnx"));
        TinyRun tiny = TinyEvaluation.Run(loaded.Model, data, progress);
        CascadeScores scores = CascadeEvaluation.Score(tiny, loaded.Model, hub, data, WakeCandidateWindow.PostRollFrames);
        WakeThresholdChoice choice = CascadeThresholdChooser.Choose(scores, Budgets.CascadeFalseAcceptsPerHour);
        progress.Report($"hub: wake threshold {choice.Threshold:0.###} on the validation cascade (miss {choice.MissRate:P1}, {choice.FalseAcceptsPerHour:0.##} false accepts/h over {choice.NegativeHours:0.##} h; "
            + $"clip windows had chosen {hubMetrics.WakeThreshold?.Threshold:0.###}) — {choice.Reason}");
        SetWakeThreshold(Path.Combine(hubFolder, "config.json"), JsonValue.Create(choice.Threshold));
        ModelMetrics chosen = hubMetrics with { WakeThreshold = choice };
        JsonFile.Write(Path.Combine(hubFolder, "metrics.json"), chosen);
        return chosen;
    }

    private static void SetWakeThreshold(string path, JsonNode value)
    {
        JsonNode config = JsonNode.Parse(File.ReadAllText(path)) ?? throw new DatasetException($"{path} is empty");
        config["wakeThreshold"] = value;
        File.WriteAllText(path, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
