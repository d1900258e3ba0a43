using System.Collections.Concurrent;

namespace WearableAI.Hub.Presence;

/// <summary>
/// When each device last sent an accepted frame of any kind (in memory, one entry per device): a watch
/// busy sending wake candidates and gestures is alive even when its heartbeat is not due. Hello, Status
/// and Heartbeat frames also stamp <c>devices.last_seen</c>; the heartbeat timeout reads both.
/// </summary>
public sealed class DeviceActivity(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastFrame = new(StringComparer.Ordinal);

    /// <summary>Records an accepted frame from the device, now.</summary>
    public void Seen(string deviceId) => _lastFrame[deviceId] = clock.GetUtcNow();

    /// <summary>When the device's last accepted frame arrived since the hub started; null when none did.</summary>
    public DateTimeOffset? LastFrame(string deviceId) => _lastFrame.TryGetValue(deviceId, out DateTimeOffset at) ? at : null;
}
