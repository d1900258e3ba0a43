using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// The hub restarts mid-stream (Mosquitto stays up and keeps the hub's persistent session): nothing the watches
/// sent is lost and nothing is counted twice — a redelivered frame is recognised in the store after the restart.
/// </summary>
public sealed class HubRestartTests
{
    [Fact]
    public async Task A_hub_restart_while_watches_keep_sending_loses_nothing_and_stores_each_event_once()
    {
        string dataFolder = Directory.CreateTempSubdirectory("wai-hub-restart-").FullName;
        int port = FreePort.Next();
        Dictionary<string, string?> settings = Mosquitto.ExternalSettings(port);
        // The watches send as fast as Mosquitto acknowledges; this test is about restarts, not the rate limit.
        settings["Hub:Ingest:RateLimitPerSecond"] = "10000";
        settings["Hub:Ingest:RateLimitBurst"] = "10000";
        HubApp first = new(settings, dataFolder);
        ChildProcess? mosquitto = null;
        try
        {
            MetricProbe firstMetrics = first.Probe;
            ProvisionedDevice a = await first.ProvisionAsync("wrist a", "home");
            ProvisionedDevice b = await first.ProvisionAsync("wrist b", "home");
            ProvisionedDevice replayer = await first.ProvisionAsync("replayer", "home");
            mosquitto = await Mosquitto.StartAsync(first);
            await first.StartAsync();
            using var watchA = new FirmwareWatch(a, port);
            using var watchB = new FirmwareWatch(b, port);
            FirmwareWatch[] watches = [watchA, watchB];
            await FirmwareWatch.OnOwnThread(() => Array.ForEach(watches, w => w.ServiceUntilDrained()));

            // A frame whose PUBACK the watch never saw is sent again, byte for byte, after the restart.
            await using Watch raw = await new Watch(replayer, port).ConnectAsync();
            byte[] replayed = await raw.SendAsync(new GestureFrame { Gesture = GestureKind.Tap, Confidence = 20000, PeakMilliG = 900 });
            await firstMetrics.WaitForAsync("wai.hub.events.received{kind=Gesture}", 1);

            // The stream: both watches send one gesture after another on their own thread until told to stop.
            using var stop = new CancellationTokenSource();
            Task stream = FirmwareWatch.OnOwnThread(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    Array.ForEach(watches, w => { w.Gesture(); w.Link.Service(); });
                    // The watches' own pace, about 50 events/s each: Mosquitto queues ≤ 1000 messages per session
                    // (max_queued_messages), so the hub may be away for 10 s before the broker itself drops any.
                    Thread.Sleep(20);
                }
            });

            await firstMetrics.WaitForAsync("wai.hub.events.received{kind=Gesture}", 30);
            await first.DisposeAsync(); // graceful stop in the middle of the stream
            long beforeRestart = watches.Sum(w => w.Gestures.Count);

            await using HubApp second = new(settings, dataFolder);
            MetricProbe secondMetrics = second.Probe; // counting since before it connected: Mosquitto hands it the backlog at once
            await second.StartAsync();
            await secondMetrics.WaitForAsync("wai.hub.events.received{kind=Gesture}", 30);
            await stop.CancelAsync();
            await stream;
            await FirmwareWatch.OnOwnThread(() => Array.ForEach(watches, w => w.ServiceUntilDrained()));
            await raw.SendRawAsync(replayed);
            await secondMetrics.WaitForAsync("wai.hub.frames.duplicates", 1);

            long sent = watches.Sum(w => w.Gestures.Count);
            Assert.True(sent > beforeRestart, "the watches kept sending across the restart");
            foreach (FirmwareWatch watch in watches)
            {
                IReadOnlyList<uint> stored = await HubQueries.UntilAsync(() => second.StoredGesturesAsync(watch.Id), s => s.Count >= watch.Gestures.Count);
                Assert.Equal(watch.Gestures.Order(), stored);
                Assert.Equal(0, watch.Link.Queue.DroppedCount);
            }

            Assert.Single(await second.StoredGesturesAsync(replayer.Id));
            // Each event went through the pipeline once, on one hub or the other.
            Assert.Equal(sent + 1, firstMetrics.Total("wai.hub.events.received{kind=Gesture}") + secondMetrics.Total("wai.hub.events.received{kind=Gesture}"));
        }
        finally
        {
            await first.DisposeAsync();
            if (mosquitto is not null)
            {
                await mosquitto.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            DeleteQuietly(dataFolder); // best effort: a failure here must not hide the test's own
        }
    }

    [Fact]
    public async Task With_the_embedded_broker_the_watches_queue_through_a_hub_restart_and_deliver_everything_once()
    {
        // Default mode: the broker restarts with the hub, so the watches' own queues carry the downtime.
        string dataFolder = Directory.CreateTempSubdirectory("wai-hub-restart-").FullName;
        int port = FreePort.Next();
        Dictionary<string, string?> settings = new() { ["Hub:Broker:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        HubApp first = new(settings, dataFolder);
        try
        {
            await first.StartAsync();
            using var watch = new FirmwareWatch(await first.ProvisionAsync("wrist", "home"), port);
            await FirmwareWatch.OnOwnThread(() => { watch.ServiceUntilDrained(); Send(watch, 10); });
            await HubQueries.UntilAsync(() => first.StoredGesturesAsync(watch.Id), s => s.Count == 10);

            await first.DisposeAsync();
            await watch.WaitUntilDisconnectedAsync();
            await FirmwareWatch.OnOwnThread(() => { Send(watch, 10); watch.FailedAttempt(); });
            Assert.Equal(10, watch.Link.Queue.Count);

            await using HubApp second = await new HubApp(settings, dataFolder).StartAsync();
            await FirmwareWatch.OnOwnThread(() => { watch.ServiceUntilDrained(); Send(watch, 10); });

            IReadOnlyList<uint> stored = await HubQueries.UntilAsync(() => second.StoredGesturesAsync(watch.Id), s => s.Count >= 30);
            Assert.Equal(watch.Gestures.Order(), stored);
        }
        finally
        {
            await first.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            DeleteQuietly(dataFolder); // best effort: a failure here must not hide the test's own
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A hub that failed to start may still be closing its database files; the folder is a temp one.
        }
    }

    private static void Send(FirmwareWatch watch, int count)
    {
        for (int i = 0; i < count; i++)
        {
            watch.Gesture();
        }
    }
}
