using System.Net.Http.Json;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Ingest;

/// <summary>
/// The hub's end-to-end receipts (docs/protocol.md, "Receipts"): an event that gets no Result is receipted once it was
/// handled and stored, and a copy the watch sends again — its receipt did not come — is answered, not handled twice.
/// </summary>
public sealed class ReceiptTests
{
    [Fact]
    public async Task A_gesture_is_receipted_once_stored_and_a_resent_copy_gets_the_receipt_again_without_a_second_entry()
    {
        await using HubApp hub = await PipelineHub.StartAsync();
        using var metrics = new MetricProbe(hub.Metrics.Meter);
        await using Watch watch = await hub.WatchAsync("home");
        await TimelineWait.HelloAllAsync(hub, watch);
        Assert.Equal(watch.LastSequence, (await watch.NextAsync<ReceiptFrame>()).ReplyToSequence); // the Hello's

        byte[] gesture = await watch.SendAsync(new GestureFrame { Gesture = GestureKind.DoubleTap, Confidence = 30000, PeakMilliG = 1800 });
        uint sequence = watch.LastSequence;
        Assert.Equal(sequence, (await watch.NextAsync<ReceiptFrame>()).ReplyToSequence);
        using HttpClient http = hub.CreateClient();
        Assert.Single((await http.GetFromJsonAsync<List<StoredEvent>>($"/api/events?device={watch.Id}&kind=Gesture"))!);

        await watch.SendRawAsync(gesture);
        Assert.Equal(sequence, (await watch.NextAsync<ReceiptFrame>()).ReplyToSequence);
        await metrics.WaitForAsync("wai.hub.frames.duplicates", 1);

        Assert.Single((await http.GetFromJsonAsync<List<StoredEvent>>($"/api/events?device={watch.Id}&kind=Gesture"))!);
        var feed = (TimelineFeed)hub.Services.GetService(typeof(TimelineFeed))!;
        Assert.Single(feed.Recent(), e => e.Kind == TimelineKind.Gesture && e.DeviceId == watch.Id);
        Assert.Equal(3, metrics.Total("wai.hub.receipts.sent"));
    }

    [Fact]
    public async Task Wake_candidates_commands_and_heartbeats_get_no_receipt()
    {
        await using HubApp hub = await PipelineHub.StartAsync();
        await using Watch watch = await hub.WatchAsync("home");
        await TimelineWait.HelloAllAsync(hub, watch);
        await watch.NextAsync<ReceiptFrame>();

        await watch.SendAsync(new HeartbeatFrame { UptimeSeconds = 60, BatteryPercent = 80 });
        await watch.WakeAsync(TestKeywordModel.WakePattern());
        Assert.Equal(Verdict.Accepted, (await watch.NextAsync<ResultFrame>()).Verdict);
        await watch.CommandAsync(watch.LastSequence, TestKeywordModel.StopPattern());
        await watch.NextAsync<ResultFrame>();

        Assert.Null(await watch.NextWithinAsync<ReceiptFrame>(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task A_command_sent_again_gets_the_same_result_and_it_is_stored_once()
    {
        await using HubApp hub = await PipelineHub.StartAsync();
        await using Watch watch = await hub.WatchAsync("home");
        await TimelineWait.HelloAllAsync(hub, watch);
        await watch.WakeAsync(TestKeywordModel.WakePattern());
        Assert.Equal(Verdict.Accepted, (await watch.NextAsync<ResultFrame>()).Verdict);

        byte[] command = await watch.CommandAsync(watch.LastSequence, TestKeywordModel.StopPattern());
        ResultFrame first = await watch.NextAsync<ResultFrame>();
        await watch.SendRawAsync(command); // its result did not reach the watch: the worker that took it died, say
        ResultFrame again = await watch.NextAsync<ResultFrame>();

        Assert.Equal((first.ReplyToSequence, first.Verdict, first.Label), (again.ReplyToSequence, again.Verdict, again.Label));
        using HttpClient http = hub.CreateClient();
        List<StoredResult>? results = await http.GetFromJsonAsync<List<StoredResult>>($"/api/results?device={watch.Id}");
        Assert.Single(results!, r => r.Kind == nameof(FrameKind.CommandFeatures));
    }
}
