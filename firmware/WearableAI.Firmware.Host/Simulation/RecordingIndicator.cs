using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Simulation;

/// <summary>An LED and vibration motor that remember what they were told (for tests and the console simulator).</summary>
public sealed class RecordingIndicator : IIndicator
{
    /// <summary>The pattern on show.</summary>
    public IndicatorPattern Current { get; private set; }

    /// <summary>Every pattern shown, oldest first.</summary>
    public List<IndicatorPattern> History { get; } = [];

    /// <summary>Every haptic pulse length, oldest first.</summary>
    public List<int> Pulses { get; } = [];

    /// <inheritdoc/>
    public void Show(IndicatorPattern pattern)
    {
        Current = pattern;
        History.Add(pattern);
    }

    /// <inheritdoc/>
    public void Pulse(int durationMs) => Pulses.Add(durationMs);
}
