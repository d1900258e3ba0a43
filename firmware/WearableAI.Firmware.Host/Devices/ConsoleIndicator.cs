using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Devices;

/// <summary>The LED and motor as console lines (one per change).</summary>
public sealed class ConsoleIndicator(TextWriter output, string deviceId) : IIndicator
{
    /// <inheritdoc/>
    public void Show(IndicatorPattern pattern) => output.WriteLine($"[{deviceId}] LED {pattern}");

    /// <inheritdoc/>
    public void Pulse(int durationMs) => output.WriteLine($"[{deviceId}] buzz {durationMs} ms");
}
