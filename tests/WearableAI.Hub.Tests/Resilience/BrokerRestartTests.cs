using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// The external Mosquitto stops and starts again while firmware watches are sending: they back off with jitter,
/// queue what they send meanwhile, reconnect, and every event reaches the hub's store exactly once.
/// </summary>
public sealed class BrokerRestartTests
{
    private const int GesturesEachPhase = 10;

    [Fact]
    public async Task Watches_reconnect_with_backoff_and_jitter_after_a_Mosquitto_restart_and_every_event_is_stored_once()
    {
        int port = FreePort.Next();
        await using var hub = new HubApp(Mosquitto.ExternalSettings(port));
        using var metrics = new MetricProbe(hub.Metrics.Meter);
        ProvisionedDevice a = await hub.ProvisionAsync("wrist a", "home");
        ProvisionedDevice b = await hub.ProvisionAsync("wrist b", "home");
        ChildProcess mosquitto = await Mosquitto.StartAsync(hub);
        try
        {
            await hub.StartAsync();
            using var watchA = new FirmwareWatch(a, port);
            using var watchB = new FirmwareWatch(b, port);
            FirmwareWatch[] watches = [watchA, watchB];

            // Online: sent at once (each publish waits for Mosquitto's PUBACK).
            await FirmwareWatch.OnOwnThread(() => Each(watches, w => { w.ServiceUntilDrained(); Send(w); }));

            // The broker stops (SIGTERM: it saves the persistent sessions, the hub's included, with what is queued for it).
            Assert.Equal(0, await mosquitto.StopAsync());
            await Task.WhenAll(watches.Select(w => w.WaitUntilDisconnectedAsync()));

            long[][] delays = new long[2][];
            await FirmwareWatch.OnOwnThread(() => Each(watches, w =>
            {
                Send(w); // queued: nothing can be acknowledged now
                delays[Array.IndexOf(watches, w)] = [.. Enumerable.Range(0, 6).Select(_ => w.FailedAttempt())];
            }));

            Assert.All(watches, w => Assert.Equal(GesturesEachPhase, w.Link.Queue.Count));
            foreach (long[] schedule in delays)
            {
                // Attempt n waits between 75 % and 100 % of 1 s · 2^n (25 % jitter): the delay grows, never in lock-step.
                for (int n = 0; n < schedule.Length; n++)
                {
                    long ceiling = 1000L << n;
                    Assert.InRange(schedule[n], ceiling * 3 / 4, ceiling);
                }
            }

            Assert.NotEqual(delays[0], delays[1]);

            mosquitto = await Mosquitto.StartAsync(hub);
            await FirmwareWatch.OnOwnThread(() => Each(watches, w => { w.ServiceUntilDrained(); Send(w); w.ServiceUntilDrained(); }));

            foreach (FirmwareWatch watch in watches)
            {
                // A gesture is stored once handled, just before its receipt goes out.
                IReadOnlyList<uint> stored = await HubQueries.UntilAsync(() => hub.StoredGesturesAsync(watch.Id), s => s.Count >= watch.Gestures.Count);
                Assert.Equal(watch.Gestures.Order(), stored);
            }

            Assert.Equal(2 * 3 * GesturesEachPhase, metrics.Total("wai.hub.events.received{kind=Gesture}"));
            Assert.All(watches, w => Assert.Equal(0, w.Link.Queue.DroppedCount));
        }
        finally
        {
            await mosquitto.DisposeAsync();
        }
    }

    private static void Send(FirmwareWatch watch)
    {
        for (int i = 0; i < GesturesEachPhase; i++)
        {
            watch.Gesture();
        }
    }

    private static void Each(FirmwareWatch[] watches, Action<FirmwareWatch> action)
    {
        foreach (FirmwareWatch watch in watches)
        {
            action(watch);
        }
    }
}
