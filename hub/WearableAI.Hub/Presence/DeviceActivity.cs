using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Cluster;

namespace WearableAI.Hub.Presence;

/// <summary>
/// When each device last sent an accepted frame of any kind, kept in its <see cref="IDeviceGrain"/> so that every hub
/// worker sees the frames the others received: a watch busy sending wake candidates and gestures is alive even when its
/// heartbeat is not due. Hello, Status and Heartbeat frames also stamp <c>devices.last_seen</c>; the heartbeat timeout reads both.
/// </summary>
public sealed class DeviceActivity(IGrainFactory grains, GrainCalls calls, IOptions<PresenceOptions> options, TimeProvider clock)
{
    /// <summary>
    /// A busy device is told to its grain at most this often by one worker (or a tenth of the heartbeat timeout, if that
    /// is shorter): the timeout counts minutes, and a watch sending several candidates a second would otherwise cost a
    /// grain call, often to another worker, per frame.
    /// </summary>
    public static readonly TimeSpan RecordEvery = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, long> _recorded = new();
    private readonly long _recordEveryTicks = Math.Min(RecordEvery.Ticks, options.Value.Timeout.Ticks / 10);

    /// <summary>Records an accepted frame from the device, now (a one-way call: returns at once; at most once per <see cref="RecordEvery"/>).</summary>
    public void Seen(string deviceId)
    {
        DateTimeOffset now = clock.GetUtcNow();
        long ticks = now.UtcTicks;
        if (_recorded.TryGetValue(deviceId, out long last) && ticks - last < _recordEveryTicks && ticks >= last)
        {
            return;
        }

        _recorded[deviceId] = ticks;
        _ = grains.GetGrain<IDeviceGrain>(deviceId).SeenAsync(now);
    }

    /// <summary>When the device's last accepted frame arrived; null when none did since its grain was activated.</summary>
    public Task<DateTimeOffset?> LastFrameAsync(string deviceId, CancellationToken cancellationToken) =>
        calls.RunAsync("last frame of device " + deviceId, () => grains.GetGrain<IDeviceGrain>(deviceId).LastFrameAsync(), cancellationToken);
}
