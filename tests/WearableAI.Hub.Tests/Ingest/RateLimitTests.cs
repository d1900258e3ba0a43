using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Ingest;

/// <summary>A flooding device is throttled; the others are not.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_flood_from_one_device_is_dropped_while_another_device_is_served()
    {
        await using HubApp hub = await PipelineHub.StartAsync(new()
        {
            ["Hub:Ingest:RateLimitBurst"] = "10",
            ["Hub:Ingest:RateLimitPerSecond"] = "0.1",
        });
        using var metrics = new MetricProbe(hub.Metrics.Meter);
        await using Watch flooder = await hub.WatchAsync("flood");
        await using Watch calm = await hub.WatchAsync("calm");

        for (int i = 0; i < 60; i++)
        {
            await flooder.SendAsync(new GestureFrame { Gesture = GestureKind.Tap, Confidence = 1000, PeakMilliG = 500 });
        }

        long dropped = await metrics.WaitForAsync("wai.hub.frames.rate_limited", 45);
        await calm.WakeAsync(TestKeywordModel.WakePattern());

        Assert.Equal(Verdict.Accepted, (await calm.NextAsync<ResultFrame>()).Verdict);
        Assert.InRange(dropped, 45, 50);
    }
}
