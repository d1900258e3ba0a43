using WearableAI.Contracts;
using WearableAI.Hub.HomeAssistant;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>The fixed inputs of the golden Home Assistant messages.</summary>
public static class Samples
{
    public static readonly DateTimeOffset Time = new(2026, 12, 7, 8, 30, 15, 250, TimeSpan.Zero);

    /// <summary>A kitchen watch that said hello: host board, firmware 1.4.0, battery 87 %.</summary>
    public static DeviceRecord KitchenWatch { get; } = new(
        "kitchen-watch-4k2q9x", "Kitchen watch", "kitchen", Time.AddDays(-1), Time, "host", "20261128-213730", true,
        Battery: 87, Capabilities: 3, FreeMemory: 120_000, Firmware: "1.4.0");

    /// <summary>The default vocabulary (DESIGN.md): "hey nano", the ten command words, unknown, silence.</summary>
    public static ModelManifest Manifest { get; } = new()
    {
        Version = "20261128-213730",
        Vocabulary = ["hey_nano", "yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "unknown", "silence"],
        WakeLabel = "hey_nano",
        Thresholds = new ModelThresholds { Wake = 0.51, Command = 0.5 },
        FrontEnd = new ModelFrontEnd
        {
            SampleRate = 16000, Decimation = 2, WindowSize = 256, HopSize = 256, MelBands = 40,
            LowHz = 60, HighHz = 3800, LogScale = 8, LogOffset = 96, NoiseNormalization = false, NoiseSmoothingBits = 5,
        },
        FeatureScale = 1.0 / 16,
        Files = new ModelFiles { Hub = ModelFiles.HubModelName },
    };

    public static HomeAssistantOrigin Origin { get; } = new("WearableAI hub", "1.0.0", "https://wearableai.invalid/docs/home-assistant");

    /// <summary>The defaults, enabled.</summary>
    public static HomeAssistantOptions Options() => new() { Enabled = true };
}
