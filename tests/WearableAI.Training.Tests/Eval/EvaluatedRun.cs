using System.Text.Json;
using WearableAI.Shared.Audio;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;
using WearableAI.Training.Pipeline;
using WearableAI.Training.Tests.Pipeline;
using WearableAI.Training.Tiny;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests.Eval;

/// <summary>
/// Shared by the eval tests: a tone dataset, a smoke <c>wai train</c> run, a tiny watch model added to
/// the run's <c>tiny/</c> folder (blob, float weights, config — what the tiny stage writes), and one
/// evaluation of it all.
/// </summary>
public sealed class EvaluatedRun : IDisposable
{
    public EvaluatedRun()
    {
        _data = ToneDataset.Create(clipsPerVoice: 3);
        DataRoot = _data.Root;
        Root = Path.Combine(Path.GetTempPath(), "wai-eval-" + Guid.NewGuid().ToString("N")[..8]);
        Run = Path.Combine(Root, "run");
        TrainingPipeline.Run(new TrainRequest(DataRoot, Run, null, TrainPreset.Smoke), SilentProgress.Instance);
        AddTinyModel(DataRoot, Run);
        JsonPath = Path.Combine(Root, "eval", "report.json");
        Report = Evaluation.Run(new EvalRequest(DataRoot, Run, JsonPath), SilentProgress.Instance);
        Json = JsonDocument.Parse(File.ReadAllText(JsonPath));
    }

    private readonly ToneDataset _data;

    public string DataRoot { get; }

    public string Root { get; }

    public string Run { get; }

    public string JsonPath { get; }

    public EvalReport Report { get; }

    public JsonDocument Json { get; }

    public void Dispose()
    {
        Json.Dispose();
        _data.Dispose();
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    private static void AddTinyModel(string data, string run)
    {
        DatasetFolder dataset = DatasetFolder.Scan(data, null);
        FeatureSet features = FeatureBuilder.Build(dataset, new FrontEndSettings(), null, SilentProgress.Instance, out _);
        Vocabulary vocabulary = dataset.Vocabulary;
        using Tensor x = TinyFeatures.FromFrameMajor(Windows(features.Train), features.Train.Bands);
        using Tensor y = tensor(features.Train.Labels.Select(l => l == vocabulary.WakeIndex ? 0L : l == vocabulary.SilenceIndex ? 2L : 1L).ToArray());
        var options = new TinyTrainingOptions { FloatEpochs = 6, PruningSteps = 1, EpochsPerPruningStep = 1, QatEpochs = 2, BatchSize = 32 };
        TinyTrainingResult trained = TinyTrainer.Train(new TinyTrainingData(x, y), null, options);
        TinyExportResult exported = TinyExporter.Export(trained, new TinyExportOptions());
        string folder = Path.Combine(run, "tiny");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "tiny.waim"), exported.Blob);
        trained.Model.save(Path.Combine(folder, "tiny.dat"));
        JsonFile.Write(Path.Combine(folder, "config.json"), new { model = "tiny", network = trained.Model.Shape });
        JsonFile.Write(Path.Combine(folder, "metrics.json"), trained.Metrics);
        trained.Model.Dispose();
    }

    private static sbyte[][] Windows(ClipFeatures clips) => Enumerable.Range(0, clips.Count).Select(i => clips.Window(i).ToArray()).ToArray();
}

[CollectionDefinition(Name)]
public sealed class EvaluatedRunCollection : ICollectionFixture<EvaluatedRun>
{
    public const string Name = "evaluated run";
}
