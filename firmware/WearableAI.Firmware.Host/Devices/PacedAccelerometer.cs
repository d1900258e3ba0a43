using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Devices;

/// <summary>Plays a recorded accelerometer trace at its real rate by the clock.</summary>
public sealed class PacedAccelerometer(IAccelerometer inner, IClock clock) : IAccelerometer
{
    private readonly long _startMs = clock.UptimeMs;
    private long _released;

    /// <inheritdoc/>
    public int SampleRateHz => inner.SampleRateHz;

    /// <inheritdoc/>
    public int Read(short[] xyz, int offset, int maxSamples)
    {
        long due = ((clock.UptimeMs - _startMs) * inner.SampleRateHz / 1000) - _released;
        int n = inner.Read(xyz, offset, (int)Math.Min(maxSamples, Math.Max(0, due)));
        _released += n;
        return n;
    }
}
