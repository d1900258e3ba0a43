using WearableAI.Hub.Cluster;

namespace WearableAI.Hub.Presence;

/// <summary>
/// When each device last sent an accepted frame of any kind, kept in its <see cref="IDeviceGrain"/> so that every hub
/// worker sees the frames the others received: a watch busy sending wake candidates and gestures is alive even when its
/// heartbeat is not due. Hello, Status and Heartbeat frames also stamp <c>devices.last_seen</c>; the heartbeat timeout reads both.
/// </summary>
public sealed class DeviceActivity(IGrainFactory grains, GrainCalls calls, TimeProvider clock)
{
    /// <summary>Records an accepted frame from the device, now (a one-way call: returns at once).</summary>
    public void Seen(string deviceId) => _ = grains.GetGrain<IDeviceGrain>(deviceId).SeenAsync(clock.GetUtcNow());

    /// <summary>When the device's last accepted frame arrived; null when none did since its grain was activated.</summary>
    public Task<DateTimeOffset?> LastFrameAsync(string deviceId, CancellationToken cancellationToken) =>
        calls.RunAsync("last frame of device " + deviceId, () => grains.GetGrain<IDeviceGrain>(deviceId).LastFrameAsync(), cancellationToken);
}
