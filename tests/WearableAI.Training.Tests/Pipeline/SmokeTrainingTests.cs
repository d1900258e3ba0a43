using Microsoft.ML.OnnxRuntime;
using WearableAI.Training.Data;
using WearableAI.Training.Pipeline;
using Xunit.Abstractions;

namespace WearableAI.Training.Tests.Pipeline;

public sealed class SmokeTrainingTests(ITestOutputHelper output) : IDisposable
{
    private readonly ToneDataset _data = ToneDataset.Create(clipsPerVoice: 3);
    private readonly string _runs = Path.Combine(Path.GetTempPath(), "wai-runs-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        _data.Dispose();
        if (Directory.Exists(_runs)) Directory.Delete(_runs, recursive: true);
    }

    [Fact]
    public void A_smoke_run_learns_above_chance_exports_a_hub_ONNX_that_passes_parity_and_refuses_to_be_overwritten()
    {
        string run = Path.Combine(_runs, "smoke");
        var request = new TrainRequest(_data.Root, run, null, TrainPreset.Smoke with { HubTraining = TrainPreset.Smoke.HubTraining with { Epochs = 8 } });

        RunSummary summary = TrainingPipeline.Run(request, SilentProgress.Instance);

        ModelMetrics hub = summary.Models.Single(m => m.Model == "hub");
        output.WriteLine($"hub validation: {hub.Validation}; test: {hub.Test}; parity {hub.ParityMaxAbsDifference}; {summary.TotalSeconds:F1} s");
        double chance = 1.0 / 12; // commands, unknown, silence
        Assert.True(hub.Validation!.CommandAccuracy > 3 * chance, $"validation command accuracy {hub.Validation.CommandAccuracy:P1} is not well above chance");
        Assert.True(hub.ParityMaxAbsDifference <= 1e-4);
        foreach (string file in new[] { "config.json", "metrics.json", "teacher/config.json", "teacher/metrics.json", "teacher/teacher.dat", "hub/config.json", "hub/metrics.json", "hub/hub.onnx", "hub/hub.dat", "tiny/tiny.waim", "tiny/tiny.dat", "tiny/config.json", "tiny/metrics.json" })
        {
            Assert.True(File.Exists(Path.Combine(run, file)), file + " missing");
        }

        ModelMetrics tiny = summary.Models.Single(m => m.Model == "tiny");
        Assert.True(tiny.TinyParity!.BitExact, tiny.TinyParity.ToString());
        Assert.Contains("\"hey_nano\"", File.ReadAllText(Path.Combine(run, "tiny/config.json")), StringComparison.Ordinal);

        string config = File.ReadAllText(Path.Combine(run, "hub/config.json"));
        Assert.Contains(summary.DataHash, config, StringComparison.Ordinal);
        Assert.Contains("\"logOffset\": 96", config, StringComparison.Ordinal);
        Assert.Contains("\"hey_nano\"", config, StringComparison.Ordinal);

        using var session = new InferenceSession(Path.Combine(run, "hub/hub.onnx"));
        Assert.Equal("features", session.InputNames.Single());

        // The wake threshold was chosen on validation and is the one config.json (and so the manifest) carries.
        Assert.NotNull(hub.WakeThreshold);
        Assert.Contains($"\"wakeThreshold\": {hub.WakeThreshold.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}", config, StringComparison.Ordinal);

        // Shipping copies both models and writes the manifest the hub reads.
        string models = Path.Combine(_runs, "models");
        WearableAI.Contracts.ModelManifest manifest = ModelShipper.Ship(run, models, null, "test-1");
        Assert.Equal(hub.WakeThreshold.Threshold, manifest.Thresholds.Wake);
        Assert.Equal(File.ReadAllBytes(Path.Combine(run, "hub/hub.onnx")), File.ReadAllBytes(Path.Combine(models, "hub.onnx")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(run, "tiny/tiny.waim")), File.ReadAllBytes(Path.Combine(models, "watch.waim")));
        Assert.Equal("hey_nano", manifest.Vocabulary[0]);
        Assert.Equal(manifest.Version, WearableAI.Contracts.ModelManifestFile.Read(Path.Combine(models, "manifest.json")).Version);

        var again = Assert.Throws<DatasetException>(() => TrainingPipeline.Run(request, SilentProgress.Instance));
        Assert.Contains("already holds a finished run", again.Message, StringComparison.Ordinal);
        Assert.Contains("give a new name with --out", again.Message, StringComparison.Ordinal);

        // --from: a second run keeps the first run's teacher and hub model byte for byte and trains only the watch model.
        string watchOnly = Path.Combine(_runs, "watch-only");
        RunSummary second = TrainingPipeline.Run(request with { OutFolder = watchOnly, ReuseRun = run, Seed = 2 }, SilentProgress.Instance);
        foreach (string file in new[] { "teacher/teacher.dat", "hub/hub.onnx", "hub/config.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(run, file)), File.ReadAllBytes(Path.Combine(watchOnly, file)));
        }

        Assert.Equal(["teacher", "hub", "tiny"], second.Models.Select(m => m.Model));
        Assert.Equal(hub.WakeThreshold.Threshold, second.Models[1].WakeThreshold!.Threshold);
        Assert.True(second.Models[2].TinyParity!.BitExact);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(run, "tiny/tiny.waim")), File.ReadAllBytes(Path.Combine(watchOnly, "tiny/tiny.waim"))); // another seed, trained again
        Assert.DoesNotContain("teacher", second.StageSeconds.Keys);
    }

    [Fact]
    public void Reusing_a_folder_that_is_not_a_finished_run_is_refused_with_what_is_missing()
    {
        string unfinished = Path.Combine(_runs, "unfinished");
        Directory.CreateDirectory(Path.Combine(unfinished, "teacher"));
        var request = new TrainRequest(_data.Root, Path.Combine(_runs, "next"), null, TrainPreset.Smoke, ReuseRun: unfinished);

        var refused = Assert.Throws<DatasetException>(() => TrainingPipeline.Run(request, SilentProgress.Instance));

        Assert.Contains("is not a finished wai train run", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_runs, "next", RunFolder.FinishedMarker)));
    }
}
