using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Devices;

/// <summary>Plays a recorded source at its real rate: releases only the samples due by the clock, as a microphone would.</summary>
public sealed class PacedAudioSource(IAudioSource inner, IClock clock) : IAudioSource
{
    private readonly long _startMs = clock.UptimeMs;
    private long _released;

    /// <inheritdoc/>
    public int SampleRate => inner.SampleRate;

    /// <inheritdoc/>
    public int Read(short[] buffer, int offset, int count)
    {
        long due = ((clock.UptimeMs - _startMs) * inner.SampleRate / 1000) - _released;
        int n = inner.Read(buffer, offset, (int)Math.Min(count, Math.Max(0, due)));
        _released += n;
        return n;
    }
}
