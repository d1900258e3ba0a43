using System.Diagnostics;
using Google.Protobuf;
using TorchSharp;
using WearableAI.Shared.Audio;
using WearableAI.Training.Data;
using WearableAI.Training.Export;
using WearableAI.Training.Hub;
using WearableAI.Training.Models;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// <c>wai train</c>: features → teacher (cross-entropy) → hub model (distilled from the teacher) →
/// tiny watch model → export. Writes, per model, the weights, <c>config.json</c> and
/// <c>metrics.json</c>; the run's own <c>config.json</c> and, last, <c>metrics.json</c> mark it finished.
/// </summary>
public static class TrainingPipeline
{
    /// <summary>The hub model's ONNX size limit (DESIGN.md budgets).</summary>
    public const long HubOnnxLimitBytes = 2 * 1024 * 1024;

    /// <summary>Runs every stage.</summary>
    /// <exception cref="DatasetException">Bad input (the message is one line for the user).</exception>
    /// <exception cref="InvalidOperationException">The exported hub model fails the parity check or the size limit.</exception>
    public static RunSummary Run(TrainRequest request, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var stages = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        string root = RunFolder.Prepare(request.OutFolder);
        torch.set_num_threads(Environment.ProcessorCount);
        var settings = new FrontEndSettings();

        DatasetFolder dataset = DatasetFolder.Scan(request.DataFolder, request.WakePhrase);
        Vocabulary vocabulary = dataset.Vocabulary;
        string? cache = request.UseCache ? Path.Combine(dataset.Root, FeatureCache.FolderName) : null;
        FeatureSet features = FeatureBuilder.Build(dataset, settings, cache, progress, out bool fromCache);
        int[] clips = [features.Train.Count, features.Validation.Count, features.Test.Count];
        progress.Report($"data: {dataset.Clips.Count} clips (train {clips[0]}, validation {clips[1]}, test {clips[2]}), {features.Background.Count} background recordings, {vocabulary.Count} classes; wake \"{vocabulary.WakePhrase}\"; {features.DataHash}");
        stages["features"] = Lap(clock);

        TrainPreset preset = request.Preset;
        double framesPerHour = settings.FramesPerKilosecond * 3.6;
        WindowSet train = WindowSet.Build(features.Train, features.Background, training: true, vocabulary.SilenceIndex, preset.BackgroundStrideFrames);
        var validation = new HubEvaluator(features.Validation, features.Background, vocabulary, framesPerHour);
        var test = new HubEvaluator(features.Test, features.Background, vocabulary, framesPerHour);
        var context = new StageContext(root, request, dataset, features, settings);
        var models = new List<ModelMetrics>();

        ReusedRun? reused = request.ReuseRun == null ? null : ReusedRun.Open(request.ReuseRun, features.DataHash);
        using KeywordNet teacher = reused == null ? TrainTeacherAndHub(context, train, validation, test, models, stages, clock, progress) : Reuse(reused, root, vocabulary, models, progress);
        stages[reused == null ? "export" : "reuse"] = Lap(clock);

        string tinyFolder = Path.Combine(root, "tiny");
        WindowSet tinyValidation = WindowSet.Build(features.Validation, features.Background, training: false, vocabulary.SilenceIndex, preset.BackgroundStrideFrames);
        (ModelMetrics tinyMetrics, Tiny.TinyNetShape pruned) = TinyStage.Run(tinyFolder, train, tinyValidation, vocabulary, teacher, preset.Tiny, settings, request.Seed, progress);
        models.Add(tinyMetrics);
        JsonFile.Write(Path.Combine(tinyFolder, "config.json"), context.Config("tiny", pruned, TinyStage.EffectiveOptions(preset.Tiny, vocabulary, settings, request.Seed), "../teacher/teacher.dat"));
        stages["tiny"] = Lap(clock);

        int hubIndex = models.FindIndex(m => m.Model == "hub");
        models[hubIndex] = CascadeThresholdStage.Run(root, dataset, features, settings, models[hubIndex], progress);
        stages["threshold"] = Lap(clock);

        var summary = new RunSummary(root, features.DataHash, clips, fromCache, models, stages);
        JsonFile.Write(Path.Combine(root, "config.json"), context.Config("run", preset, preset, null));
        JsonFile.Write(Path.Combine(root, RunFolder.FinishedMarker), summary);
        return summary;
    }

    /// <summary>Trains the teacher and the hub model, exports the hub model; returns the teacher (the tiny model's).</summary>
    private static KeywordNet TrainTeacherAndHub(StageContext context, WindowSet train, HubEvaluator validation, HubEvaluator test, List<ModelMetrics> models, Dictionary<string, double> stages, Stopwatch clock, IWorkProgress progress)
    {
        TrainPreset preset = context.Request.Preset;
        int classes = context.Dataset.Vocabulary.Count;
        torch.manual_seed(context.Request.Seed); // initial weights
        var teacher = new KeywordNet(preset.Teacher with { Classes = classes });
        models.Add(TrainAndSave(context, "teacher", teacher, train, validation, test, preset.TeacherTraining, null, progress));
        stages["teacher"] = Lap(clock);

        torch.manual_seed(context.Request.Seed + 1);
        using var hub = new KeywordNet(preset.Hub with { Classes = classes });
        ModelMetrics hubMetrics = TrainAndSave(context, "hub", hub, train, validation, test, preset.HubTraining, teacher, progress);
        hubMetrics = ChooseWakeThreshold(context, hub, hubMetrics, context.Settings.FramesPerKilosecond * 3.6, progress);
        stages["hub"] = Lap(clock);
        models.Add(ExportHub(Path.Combine(context.Root, "hub"), hub, hubMetrics, progress));
        return teacher;
    }

    /// <summary>Copies the reused run's teacher and hub model into this run; returns its teacher.</summary>
    private static KeywordNet Reuse(ReusedRun reused, string root, Vocabulary vocabulary, List<ModelMetrics> models, IWorkProgress progress)
    {
        reused.CopyInto(root);
        models.Add(reused.TeacherMetrics);
        models.Add(reused.HubMetrics);
        progress.Report($"reuse: teacher and hub model of {reused.Root} (same data); training the watch model only");
        return reused.LoadTeacher(vocabulary.Count);
    }

    private static ModelMetrics TrainAndSave(StageContext context, string name, KeywordNet model, WindowSet train, HubEvaluator validation, HubEvaluator test, TrainingOptions options, KeywordNet? teacher, IWorkProgress progress)
    {
        string folder = Path.Combine(context.Root, name);
        Directory.CreateDirectory(folder);
        progress.Report($"{name}: {model.ParameterCount:N0} parameters, {train.Count} training windows");
        TrainingHistory history = ClassifierTrainer.Train(name, model, train, validation, options, context.Request.Seed, teacher, progress);
        HubMetrics validated = validation.Evaluate(model, streamBackground: true);
        HubMetrics tested = test.Evaluate(model, streamBackground: true);
        progress.Report($"{name}: best epoch {history.BestEpoch}; validation {validated}; test {tested}");
        model.save(Path.Combine(folder, name + ".dat"));
        JsonFile.Write(Path.Combine(folder, "config.json"), context.Config(name, model.Shape, options, teacher == null ? null : "../teacher/teacher.dat"));
        var metrics = new ModelMetrics
        {
            Model = name,
            Parameters = model.ParameterCount,
            Validation = validated,
            Test = tested,
            BestEpoch = history.BestEpoch,
            Epochs = history.Epochs,
            TrainSeconds = history.Seconds,
        };
        JsonFile.Write(Path.Combine(folder, "metrics.json"), metrics);
        return metrics;
    }

    /// <summary>Chooses the hub's wake threshold on validation and records it in hub/config.json (which the manifest and <c>wai eval</c> read) and hub/metrics.json.</summary>
    private static ModelMetrics ChooseWakeThreshold(StageContext context, KeywordNet hub, ModelMetrics metrics, double framesPerHour, IWorkProgress progress)
    {
        TrainPreset preset = context.Request.Preset;
        Vocabulary vocabulary = context.Dataset.Vocabulary;
        WakeThresholdChoice choice = WakeThresholdChooser.Choose(hub, context.Features.Validation, context.Features.Background, vocabulary, framesPerHour, Eval.Budgets.CascadeFalseAcceptsPerHour, preset.HubWakeMaxMissRate);
        progress.Report($"hub: wake threshold {choice.Threshold:0.###} (validation: miss {choice.MissRate:P1}, {choice.FalseAcceptsPerHour:0.##} false accepts/h over {choice.NegativeHours:0.##} h) — {choice.Reason}");
        string folder = Path.Combine(context.Root, "hub");
        JsonFile.Write(Path.Combine(folder, "config.json"), context.Config("hub", hub.Shape, preset.HubTraining, "../teacher/teacher.dat") with { WakeThreshold = choice.Threshold });
        ModelMetrics chosen = metrics with { WakeThreshold = choice };
        JsonFile.Write(Path.Combine(folder, "metrics.json"), chosen);
        return chosen;
    }

    private static ModelMetrics ExportHub(string folder, KeywordNet hub, ModelMetrics metrics, IWorkProgress progress)
    {
        byte[] onnx = OnnxExporter.Export(hub.Layers, new OnnxExportOptions()).ToByteArray();
        ParityReport wake = OnnxParity.Check(hub, onnx, hub.Shape.Bands, batch: 4, frames: FeatureWindows.WakeFrames, seed: 11);
        ParityReport command = OnnxParity.Check(hub, onnx, hub.Shape.Bands, batch: 4, frames: FeatureWindows.CommandFrames, seed: 12);
        double difference = Math.Max(wake.MaxAbsDifference, command.MaxAbsDifference);
        if (!wake.Passed || !command.Passed)
        {
            throw new InvalidOperationException($"hub ONNX export FAILED the parity check against TorchSharp: {wake}; {command}. Nothing was written to hub.onnx.");
        }

        if (onnx.LongLength > HubOnnxLimitBytes)
        {
            throw new InvalidOperationException($"hub ONNX is {onnx.LongLength:N0} bytes, over the {HubOnnxLimitBytes:N0}-byte budget; use a smaller hub shape");
        }

        File.WriteAllBytes(Path.Combine(folder, "hub.onnx"), onnx);
        progress.Report($"hub: exported hub.onnx ({onnx.Length:N0} bytes), parity max |Δ| {difference:E1} ≤ {OnnxParity.DefaultTolerance:E0}");
        ModelMetrics exported = metrics with { ExportBytes = onnx.LongLength, ParityMaxAbsDifference = difference };
        JsonFile.Write(Path.Combine(folder, "metrics.json"), exported);
        return exported;
    }

    private static double Lap(Stopwatch clock)
    {
        double seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return Math.Round(seconds, 1);
    }

    private sealed record StageContext(string Root, TrainRequest Request, DatasetFolder Dataset, FeatureSet Features, FrontEndSettings Settings)
    {
        public ModelConfig Config(string model, object network, object training, string? teacher) => new()
        {
            Model = model,
            Preset = Request.Preset.Name,
            Seed = Request.Seed,
            DataHash = Features.DataHash,
            DataFolder = Dataset.Root,
            FrontEnd = Settings,
            Vocabulary = ModelConfig.VocabularyConfig.Of(Dataset.Vocabulary),
            Network = network,
            Training = training,
            Teacher = teacher,
        };
    }
}
