using System.Text.Json.Nodes;
using WearableAI.Contracts;
using WearableAI.Shared.Audio;
using WearableAI.Training.Data;
using WearableAI.Training.Pipeline;

namespace WearableAI.Training.Tests.Pipeline;

/// <summary>
/// <c>wai ship</c>'s output: the models, the evaluation report beside them, and a manifest of the current layout
/// that the hub's reader accepts, holding the report's headline figures instead of the report.
/// </summary>
public sealed class ModelShipperTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wai-ship-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Shipping_writes_a_manifest_the_hub_reads_with_the_evaluation_report_beside_it_and_its_headline_figures_inside()
    {
        string run = FinishedRun();
        string report = Report();
        string models = Path.Combine(_root, "models");

        ModelManifest shipped = ModelShipper.Ship(run, models, report, "20261207-051903");

        ModelManifest read = ModelManifestFile.Read(Path.Combine(models, ModelFiles.ManifestName));
        Assert.Equal(ModelManifestFile.ToJson(shipped), ModelManifestFile.ToJson(read));
        Assert.Equal(ModelManifest.CurrentSchemaVersion, read.SchemaVersion);
        Assert.Equal("20261207-051903", read.Version);
        Assert.Equal("hey nano", read.WakePhrase);
        Assert.Equal(new Vocabulary("hey nano").Labels, read.Vocabulary);
        Assert.Equal(0.62, read.Thresholds.Wake);
        Assert.Equal(-29, read.Thresholds.TinyWake);
        Assert.Equal(new FrontEndSettings().MelBands, read.Bands);
        Assert.Equal("run-1", read.Training!.Run);
        Assert.Equal(File.ReadAllBytes(Path.Combine(run, "hub", "hub.onnx")), File.ReadAllBytes(Path.Combine(models, read.Files.Hub)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(run, "tiny", TinyStage.BlobName)), File.ReadAllBytes(Path.Combine(models, read.Files.Watch!)));
        Assert.Equal(File.ReadAllBytes(report), File.ReadAllBytes(Path.Combine(models, read.Files.EvalReport!)));
        Assert.Equal(
            new Dictionary<string, double>
            {
                ["hub.accuracy"] = 0.85, ["hub.human_probe.accepts"] = 1, ["tiny.threshold"] = -29, ["tiny.weights_bytes"] = 4635,
                ["cascade.wake_miss_rate"] = 0.404,
            },
            read.Metrics);
        string manifestText = File.ReadAllText(Path.Combine(models, ModelFiles.ManifestName));
        Assert.DoesNotContain("\"det\"", manifestText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"budgets\"", manifestText, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipping_without_a_report_leaves_no_earlier_report_behind_and_no_figures()
    {
        string run = FinishedRun();
        string models = Path.Combine(_root, "models");
        ModelShipper.Ship(run, models, Report(), "1");

        ModelManifest shipped = ModelShipper.Ship(run, models, evalReport: null, "2");

        Assert.Null(shipped.Files.EvalReport);
        Assert.Empty(ModelManifestFile.Read(Path.Combine(models, ModelFiles.ManifestName)).Metrics);
        Assert.False(File.Exists(Path.Combine(models, ModelFiles.EvalReportName)));
    }

    [Fact]
    public void A_run_whose_wake_threshold_is_no_probability_is_refused_before_anything_is_copied()
    {
        string run = FinishedRun(wakeThreshold: 1.5);
        string models = Path.Combine(_root, "models");

        DatasetException error = Assert.Throws<DatasetException>(() => ModelShipper.Ship(run, models, null, "1"));

        Assert.Contains("'thresholds.wake' must be 0..1 (got 1.5)", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(models));
    }

    /// <summary>A run folder as <c>wai train</c> leaves it, with stand-in model bytes (shipping only copies them).</summary>
    private string FinishedRun(double wakeThreshold = 0.62)
    {
        string run = Path.Combine(_root, "run-1");
        Directory.CreateDirectory(Path.Combine(run, "hub"));
        Directory.CreateDirectory(Path.Combine(run, "tiny"));
        File.WriteAllText(Path.Combine(run, RunFolder.FinishedMarker), "{}");
        File.WriteAllBytes(Path.Combine(run, "hub", "hub.onnx"), [1, 2, 3, 4]);
        File.WriteAllBytes(Path.Combine(run, "tiny", TinyStage.BlobName), [5, 6, 7]);
        JsonFile.Write(Path.Combine(run, "hub", "config.json"), new ModelConfig
        {
            Model = "hub",
            Preset = "smoke",
            Seed = 1,
            DataHash = "sha256:00",
            DataFolder = "data",
            FrontEnd = new FrontEndSettings(),
            Vocabulary = ModelConfig.VocabularyConfig.Of(new Vocabulary("hey nano")),
            Network = new { bands = 32, width = 16 },
            Training = new { epochs = 2, augmentation = (object?)null },
            WakeThreshold = wakeThreshold,
        });
        return run;
    }

    /// <summary>An evaluation report of <c>wai eval</c>'s shape: figures, nested figures, lists (DET points, families) and budgets.</summary>
    private string Report()
    {
        string path = Path.Combine(_root, "report.json");
        var report = new JsonObject
        {
            ["split"] = "test",
            ["hub"] = new JsonObject
            {
                ["name"] = "hub", ["accuracy"] = 0.85, ["human_probe"] = new JsonObject { ["accepts"] = 1, ["recording"] = "none" },
                ["det"] = new JsonArray(new JsonObject { ["threshold"] = 0.1, ["miss"] = 0.2 }),
                ["families"] = new JsonArray(new JsonObject { ["family"] = "espeak", ["accuracy"] = 0.8 }),
            },
            ["tiny"] = new JsonObject { ["threshold"] = -29, ["weights_bytes"] = 4635, ["flags"] = true },
            ["cascade"] = new JsonObject { ["wake_miss_rate"] = 0.404, ["note"] = "words" },
            ["budgets"] = new JsonArray(new JsonObject { ["figure"] = "cascade.wake_miss_rate", ["measured"] = 40.4 }),
        };
        File.WriteAllText(path, report.ToJsonString());
        return path;
    }
}
