using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Imu;

/// <summary>Plays an <see cref="ImuTrace"/> back through the <see cref="IAccelerometer"/> seam.</summary>
/// <param name="trace">The trace to play.</param>
public sealed class TraceAccelerometer(ImuTrace trace) : IAccelerometer
{
    private int _next;

    /// <inheritdoc/>
    public int SampleRateHz => trace.SampleRateHz;

    /// <summary>True once every sample has been read.</summary>
    public bool IsFinished => _next >= trace.SampleCount;

    /// <inheritdoc/>
    public int Read(short[] xyz, int offset, int maxSamples)
    {
        int n = Math.Min(maxSamples, trace.SampleCount - _next);
        Array.Copy(trace.Xyz, _next * 3, xyz, offset, n * 3);
        _next += n;
        return n;
    }
}
