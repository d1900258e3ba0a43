using System.Diagnostics;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Devices;

/// <summary>The host's real clocks: a stopwatch for uptime, the system clock for Unix time.</summary>
public sealed class SystemClock : IClock
{
    private readonly Stopwatch _uptime = Stopwatch.StartNew();

    /// <inheritdoc/>
    public long UptimeMs => _uptime.ElapsedMilliseconds;

    /// <inheritdoc/>
    public long UnixTimeMs => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
