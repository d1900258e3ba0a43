using WearableAI.Hub.HomeAssistant;
using WearableAI.Hub.Inference;
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
    public static ModelManifest Manifest { get; } = new(
        "20261128-213730", ["hey_nano", "yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "unknown", "silence"],
        "hey_nano", 0.51, 0.5, 40, 8, 1f / 16, null, null);

    public static HomeAssistantOrigin Origin { get; } = new("WearableAI hub", "1.0.0", "https://wearableai.invalid/docs/home-assistant");

    /// <summary>The defaults, enabled.</summary>
    public static HomeAssistantOptions Options() => new() { Enabled = true };
}
