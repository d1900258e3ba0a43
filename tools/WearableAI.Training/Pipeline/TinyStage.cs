using System.Diagnostics;
using WearableAI.Shared.Audio;
using WearableAI.Training.Data;
using WearableAI.Training.Hub;
using WearableAI.Training.Models;
using WearableAI.Training.Tiny;
using static TorchSharp.torch;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// The watch-model stage of <c>wai train</c>: hands 48-frame training windows and the teacher's
/// logits to the tiny-model trainer (<see cref="TinyTrainer"/>: distillation, structured pruning,
/// QAT, int8 conversion, wake threshold), exports the watch blob with <see cref="TinyExporter"/>
/// (refused unless bit-exact with the integer reference) and writes it under <c>tiny/</c> with
/// its config.json and metrics.json. The tiny model's classes are the wake label, <c>unknown</c>
/// (commands count as unknown for the watch) and <c>silence</c>.
/// </summary>
public static class TinyStage
{
    /// <summary>File name of the watch blob.</summary>
    public const string BlobName = "tiny.waim";

    /// <summary>File name of the pruned network's float weights (shape in config.json's <c>network</c>).</summary>
    public const string FloatWeightsName = "tiny.dat";

    /// <summary>Golden validation windows checked bit-exact in the blob (on top of the exporter's own).</summary>
    private const int GoldenWindows = 64;

    /// <summary>Runs the stage and returns the tiny model's metrics.</summary>
    /// <param name="folder">The run's <c>tiny/</c> folder.</param>
    /// <param name="train">Training windows.</param>
    /// <param name="validation">Validation windows.</param>
    /// <param name="vocabulary">The hub classes (mapped to the tiny model's three).</param>
    /// <param name="teacher">The trained teacher, for soft targets.</param>
    /// <param name="options">Schedule from the preset.</param>
    /// <param name="settings">Front-end settings (written into the blob).</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="progress">Progress sink.</param>
    public static (ModelMetrics Metrics, TinyNetShape PrunedShape) Run(string folder, WindowSet train, WindowSet validation, Vocabulary vocabulary, KeywordNet teacher, TinyTrainingOptions options, FrontEndSettings settings, int seed, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(folder);
        int[] classMap = Enumerable.Range(0, vocabulary.Count).Select(c => TinyClassOf(vocabulary, c)).ToArray();
        TinyTrainingOptions tiny = EffectiveOptions(options, vocabulary, settings, seed);

        using Tensor trainFeatures = Features(train, vocabulary, tiny.StitchedShare, seed, out long[] trainLabels);
        using Tensor trainTargets = tensor(trainLabels.Select(l => (long)classMap[l]).ToArray());
        using Tensor validationFeatures = Features(validation, vocabulary, 0, seed, out long[] validationLabels);
        using Tensor validationTargets = tensor(validationLabels.Select(l => (long)classMap[l]).ToArray());
        teacher.eval();
        TinyTrainingData data = new TinyTrainingData(trainFeatures, trainTargets).WithTeacher(teacher.forward, classMap);
        var check = new TinyTrainingData(validationFeatures, validationTargets);
        progress.Report($"tiny: {train.Count} training windows and {data.Count - train.Count} stitched ones, classes {string.Join(", ", tiny.Labels)}; distilled from the teacher");

        TinyTrainingResult trained = TinyTrainer.Train(data, check, tiny, new SynchronousProgress(progress));
        try
        {
            int golden = (int)Math.Min(GoldenWindows, validationFeatures.shape[0]);
            using Tensor goldenFeatures = validationFeatures.narrow(0, 0, golden);
            TinyExportResult export = TinyExporter.Export(trained, new TinyExportOptions { GoldenFeatures = goldenFeatures });
            File.WriteAllBytes(Path.Combine(folder, BlobName), export.Blob);
            trained.Model.save(Path.Combine(folder, FloatWeightsName)); // float weights of the pruned network, for the eval's tiny-float tier
            progress.Report($"tiny: {trained.Metrics}");
            progress.Report($"tiny: exported {BlobName} ({export.Blob.Length:N0} bytes); {export.Parity}");
            var metrics = new ModelMetrics
            {
                Model = "tiny",
                Parameters = trained.Metrics.ParametersAfterPruning,
                ExportBytes = export.Blob.LongLength,
                Tiny = trained.Metrics,
                TinyParity = export.Parity,
                TrainSeconds = clock.Elapsed.TotalSeconds,
            };
            JsonFile.Write(Path.Combine(folder, "metrics.json"), metrics);
            return (metrics, trained.Model.Shape);
        }
        finally
        {
            trained.Model.Dispose();
            data.TeacherLogits?.Dispose();
        }
    }

    /// <summary>The preset's tiny options with the run's labels, seed and front end (what config.json records).</summary>
    public static TinyTrainingOptions EffectiveOptions(TinyTrainingOptions options, Vocabulary vocabulary, FrontEndSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(vocabulary);
        return options with { Labels = [vocabulary.WakeLabel, Vocabulary.Unknown, Vocabulary.Silence], WakeIndex = 0, Seed = seed, FrontEnd = settings };
    }

    /// <summary>The tiny class of a hub class: wake → 0, commands and unknown → 1, silence → 2.</summary>
    public static int TinyClassOf(Vocabulary vocabulary, int hubClass)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (hubClass == vocabulary.WakeIndex) return 0;
        return hubClass == vocabulary.SilenceIndex ? 2 : 1;
    }

    private static Tensor Features(WindowSet set, Vocabulary vocabulary, double stitchedShare, int seed, out long[] labels)
    {
        int[] all = Enumerable.Range(0, set.Count).ToArray();
        (float[] features, long[] windowLabels) = BatchBuilder.Build(set, all, FeatureWindows.WakeFrames, randomCrop: false, AugmentationSettings.None, new Random(0));
        (float[] stitched, long[] stitchedLabels) = TinyStitching.Build(set, vocabulary, stitchedShare, new Random(seed));
        labels = [.. windowLabels, .. stitchedLabels];
        return tensor([.. features, .. stitched], [labels.Length, set.Bands, FeatureWindows.WakeFrames]);
    }

    /// <summary>Forwards the tiny trainer's epoch reports as lines, on the calling thread.</summary>
    private sealed class SynchronousProgress(IWorkProgress progress) : IProgress<TinyTrainingProgress>
    {
        public void Report(TinyTrainingProgress value) => progress.Report("tiny " + value);
    }
}
