using System.Diagnostics;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Fleet;

/// <summary>
/// The clock every simulated watch of a fleet shares: simulated time that runs <see cref="Speed"/>
/// times as fast as the wall clock. Scenes play at speed 1 (the hub's arbitration window, the MQTT
/// round trips and the sound delays are then real); the idle phase runs faster. Wall-clock time
/// (<see cref="UnixTimeMs"/>) starts at the real time, so the hub accepts the frames' timestamps.
/// </summary>
public sealed class FleetClock : IClock
{
    private readonly long _unixStartMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    private long _segmentStart = Stopwatch.GetTimestamp();
    private double _segmentBaseMs;
    private double _speed = 1;

    /// <summary>Simulated seconds per wall-clock second (&gt; 0).</summary>
    public double Speed
    {
        get => _speed;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _segmentBaseMs = ExactMs;
            _segmentStart = Stopwatch.GetTimestamp();
            _speed = value;
        }
    }

    /// <inheritdoc/>
    public long UptimeMs => (long)ExactMs;

    /// <inheritdoc/>
    public long UnixTimeMs => _unixStartMs + UptimeMs;

    /// <summary>Simulated milliseconds since start, with fractions.</summary>
    public double ExactMs => _segmentBaseMs + (Stopwatch.GetElapsedTime(_segmentStart).TotalMilliseconds * _speed);
}
