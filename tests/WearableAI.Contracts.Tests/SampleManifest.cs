using System.Text.Json;
using WearableAI.Contracts;

namespace WearableAI.Contracts.Tests;

/// <summary>A complete manifest as <c>wai ship</c> writes one, and the repository's shipped models folder.</summary>
public static class SampleManifest
{
    public static ModelManifest Complete { get; } = new()
    {
        Version = "20261207-051903",
        WakePhrase = "hey nano",
        WakeLabel = "hey_nano",
        Vocabulary = ["hey_nano", "yes", "no", "stop", "unknown", "silence"],
        Thresholds = new ModelThresholds { Wake = 0.5, Command = 0.5, TinyWake = -29 },
        FrontEnd = new ModelFrontEnd
        {
            SampleRate = 16000, Decimation = 2, WindowSize = 256, HopSize = 256, MelBands = 32,
            LowHz = 60, HighHz = 3800, LogScale = 8, LogOffset = 96, NoiseNormalization = false, NoiseSmoothingBits = 5,
        },
        Windows = new ModelWindows { WakeFrames = 48, CommandFrames = 40, Placement = "clip centred in a 48-frame window" },
        FeatureScale = 1,
        Input = "features",
        Output = "logits",
        Files = new ModelFiles { Hub = "hub.onnx", Watch = "watch.waim", EvalReport = "eval-report.json" },
        Metrics = new Dictionary<string, double> { ["hub.accuracy"] = 0.8522553291720646, ["tiny.weights_bytes"] = 4635, ["cascade.wake_miss_rate"] = 0.404 },
        Training = new ModelTraining
        {
            Preset = "default",
            Seed = 1,
            Hub = JsonDocument.Parse("""{ "epochs": 10, "augmentation": null }""").RootElement,
            Network = JsonDocument.Parse("""{ "bands": 32, "width": 160 }""").RootElement,
            Run = "r1",
        },
        DataHash = "sha256:5aece1022f719a9c132aedbfef89de210a9310792bda71b8c7a43b7a8b8e1fba",
    };

    /// <summary>The repository's models/ (the folder above the test binary that holds WearableAI.sln).</summary>
    public static string ShippedFolder { get; } = FindShippedFolder();

    private static string FindShippedFolder()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WearableAI.sln")))
            {
                return Path.Combine(folder.FullName, "models");
            }
        }

        throw new InvalidOperationException($"no WearableAI.sln above {AppContext.BaseDirectory}");
    }
}
