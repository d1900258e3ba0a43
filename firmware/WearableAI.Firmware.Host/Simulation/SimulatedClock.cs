using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Simulation;

/// <summary>A clock that moves only when told to: tests and the host simulator step time explicitly.</summary>
public sealed class SimulatedClock : IClock
{
    /// <summary>2026-01-01T00:00:00Z, the default wall-clock start.</summary>
    public const long DefaultUnixStartMs = 1_767_225_600_000;

    private long _unixOffsetMs;

    /// <summary>Starts at uptime 0 and the given wall-clock time.</summary>
    /// <param name="unixStartMs">Wall-clock time at uptime 0, ms since 1970-01-01 UTC.</param>
    public SimulatedClock(long unixStartMs = DefaultUnixStartMs)
    {
        _unixOffsetMs = unixStartMs;
    }

    /// <inheritdoc/>
    public long UptimeMs { get; private set; }

    /// <inheritdoc/>
    public long UnixTimeMs => _unixOffsetMs + UptimeMs;

    /// <summary>Moves time forward.</summary>
    /// <param name="ms">Milliseconds, at least 0 (the clock is monotonic).</param>
    public void Advance(long ms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ms);
        UptimeMs += ms;
    }

    /// <summary>Sets the wall clock (as an SNTP sync would); uptime is unaffected.</summary>
    /// <param name="unixTimeMs">The new wall-clock time.</param>
    public void SetUnixTime(long unixTimeMs) => _unixOffsetMs = unixTimeMs - UptimeMs;
}
