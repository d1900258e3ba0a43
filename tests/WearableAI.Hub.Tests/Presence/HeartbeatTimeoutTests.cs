using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Presence;

/// <summary>
/// A watch whose last will never arrives (the ESP32's M2Mqtt cannot carry a binary will; a hung main loop
/// keeps its socket alive) is marked offline after three missed heartbeats — on fake time, no sleeps.
/// </summary>
public sealed class HeartbeatTimeoutTests
{
    private static readonly Dictionary<string, string?> Presence = new()
    {
        ["Hub:Presence:HeartbeatIntervalSeconds"] = "60",
        ["Hub:Presence:MissedHeartbeats"] = "3",
        ["Hub:Presence:CheckPeriodSeconds"] = "10",
    };

    [Fact]
    public async Task A_watch_silent_for_three_heartbeat_intervals_goes_offline_with_the_reason_while_one_that_keeps_beating_stays_online()
    {
        FakeTimeProvider time = new(DateTimeOffset.UtcNow);
        await using HubApp hub = await new HubApp(Presence, time: time).StartAsync();
        using MetricProbe metrics = new(hub.Metrics.Meter);
        await using Watch silent = await hub.WatchAsync("home");
        await using Watch beating = await hub.WatchAsync("home");
        await TimelineWait.HelloAllAsync(hub, silent, beating);
        Task<TimelineEntry> timedOut = TimelineWait.ForAsync(hub, e => e.Kind == TimelineKind.DeviceOffline && e.DeviceId == silent.Id);

        // 200 s in steps of 50 s: the beating watch sends a heartbeat each step, the silent one nothing.
        for (int step = 1; step <= 4; step++)
        {
            time.Advance(TimeSpan.FromSeconds(50));
            await beating.SendAsync(new HeartbeatFrame { BatteryPercent = 70, FreeMemoryBytes = 40_000 });
            await metrics.WaitForAsync("wai.hub.events.received{kind=Heartbeat}", step).Within();
        }

        TimelineEntry entry = await timedOut.Within();
        Assert.Contains("heartbeat timeout", entry.Summary, StringComparison.Ordinal);
        Assert.Equal("heartbeat timeout", Data(entry).GetProperty("reason").GetString());
        DeviceRecord gone = await DeviceAsync(hub, silent.Id);
        Assert.False(gone.Online);
        Assert.Equal("heartbeat timeout", gone.OfflineReason);
        DeviceRecord alive = await DeviceAsync(hub, beating.Id);
        Assert.True(alive.Online);
        Assert.Null(alive.OfflineReason);

        // It speaks again: online, the reason cleared.
        Task<TimelineEntry> back = TimelineWait.ForAsync(hub, e => e.Kind == TimelineKind.DeviceOnline && e.DeviceId == silent.Id);
        await silent.HelloAsync();
        await back;
        // The timeline entry and the stored presence are written by different steps: wait for the latter.
        DeviceRecord returned = await WearableAI.Hub.Tests.Resilience.HubQueries.UntilAsync(() => DeviceAsync(hub, silent.Id), d => d.Online);
        Assert.True(returned.Online);
        Assert.Null(returned.OfflineReason);
    }

    [Fact]
    public async Task Any_frame_keeps_a_watch_online_and_the_timeout_follows_the_configured_interval()
    {
        FakeTimeProvider time = new(DateTimeOffset.UtcNow);
        Dictionary<string, string?> settings = new(Presence) { ["Hub:Presence:HeartbeatIntervalSeconds"] = "20" };
        await using HubApp hub = await new HubApp(settings, time: time).StartAsync();
        await using Watch gesturing = await hub.WatchAsync("home");
        await using Watch silent = await hub.WatchAsync("home");
        await TimelineWait.HelloAllAsync(hub, gesturing, silent);
        Task<TimelineEntry> timedOut = TimelineWait.ForAsync(hub, e => e.Kind == TimelineKind.DeviceOffline);

        // 3 × 20 s: after 70 s of gestures only (no heartbeat, no status), the silent watch goes, not the gesturing one.
        for (int step = 0; step < 7; step++)
        {
            time.Advance(TimeSpan.FromSeconds(10));
            Task<TimelineEntry> shown = TimelineWait.ForAsync(hub, e => e.Kind == TimelineKind.Gesture && e.DeviceId == gesturing.Id && Data(e).GetProperty("peakMilliG").GetInt32() == 1000 + step);
            await gesturing.SendAsync(new GestureFrame { Gesture = GestureKind.Tap, Confidence = 20000, PeakMilliG = (ushort)(1000 + step) });
            await shown;
        }

        TimelineEntry entry = await timedOut.Within();
        Assert.Equal(silent.Id, entry.DeviceId);
        Assert.Equal(60, Data(entry).GetProperty("timeoutSeconds").GetDouble());
        Assert.True((await DeviceAsync(hub, gesturing.Id)).Online);
        Assert.False((await DeviceAsync(hub, silent.Id)).Online);
    }

    private static JsonElement Data(TimelineEntry entry) => JsonSerializer.SerializeToElement(entry.Details);

    private static async Task<DeviceRecord> DeviceAsync(HubApp hub, string id)
    {
        using HttpClient http = hub.CreateClient();
        return (await http.GetFromJsonAsync<DeviceRecord>($"/api/devices/{id}"))!;
    }
}
