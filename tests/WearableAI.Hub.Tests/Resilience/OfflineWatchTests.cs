using WearableAI.Hub.Devices;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// A watch out of range for ten (simulated) minutes: its offline queue stays bounded, the oldest events are
/// dropped and counted, and the count reaches the hub's API when it is back; reconnect attempts stay paced.
/// </summary>
public sealed class OfflineWatchTests
{
    private const int QueueCapacity = 8;
    private const int OfflineMinutes = 10;
    private const int GestureEverySeconds = 10;

    [Fact]
    public async Task A_watch_offline_for_minutes_keeps_the_newest_events_and_reports_how_many_it_dropped()
    {
        await using HubApp hub = await new HubApp().StartAsync();
        ProvisionedDevice device = await hub.ProvisionAsync("wrist", "home");
        using var watch = new FirmwareWatch(device, hub.MqttPort, QueueCapacity);
        await FirmwareWatch.OnOwnThread(watch.ServiceUntilDrained);

        watch.Radio.InRange = false;
        int attemptsBefore = watch.Link.Supervisor.ConnectAttempts;
        long longestWait = 0;
        await FirmwareWatch.OnOwnThread(() =>
        {
            for (int second = 0; second < OfflineMinutes * 60; second += GestureEverySeconds)
            {
                watch.Gesture();
                watch.Link.Service();
                longestWait = Math.Max(longestWait, watch.Link.Supervisor.NextAttemptMs - watch.Clock.UptimeMs);
                watch.Clock.Advance(GestureEverySeconds * 1000);
            }
        });

        int sent = OfflineMinutes * 60 / GestureEverySeconds;
        int attempts = watch.Link.Supervisor.ConnectAttempts - attemptsBefore;
        Assert.Equal(QueueCapacity, watch.Link.Queue.Count);
        Assert.Equal(sent - QueueCapacity, watch.Link.Queue.DroppedCount);
        // Back-off 1, 2, 4 … 32 s then every ≤ 60 s: about 15 attempts in ten minutes, not one per loop turn.
        Assert.InRange(attempts, 8, 20);
        Assert.InRange(longestWait, 45_000, 60_000);

        watch.Radio.InRange = true;
        await FirmwareWatch.OnOwnThread(watch.ServiceUntilDrained);

        // Status (on connect) carries the drop count; the hub stores it on the device record.
        DeviceRecord record = await HubQueries.UntilAsync(() => hub.DeviceAsync(device.Id), d => d.DroppedEvents == sent - QueueCapacity);
        Assert.Equal(sent - QueueCapacity, record.DroppedEvents);
        IReadOnlyList<uint> stored = await HubQueries.UntilAsync(() => hub.StoredGesturesAsync(device.Id), s => s.Count >= QueueCapacity);
        Assert.Equal(watch.Gestures.TakeLast(QueueCapacity), stored);

        // The next heartbeat reports the emptied queue and the same count.
        await FirmwareWatch.OnOwnThread(() =>
        {
            watch.Clock.Advance(watch.Link.HeartbeatIntervalSeconds * 1000L);
            watch.Link.Service();
        });
        record = await HubQueries.UntilAsync(() => hub.DeviceAsync(device.Id), d => d.OfflineQueueDepth is not null);
        Assert.Equal((0, (long?)(sent - QueueCapacity)), (record.OfflineQueueDepth, record.DroppedEvents));
    }
}
