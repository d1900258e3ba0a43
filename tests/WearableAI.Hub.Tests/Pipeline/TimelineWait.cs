using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Pipeline;

/// <summary>Waits for timeline entries (the hub's own signals, no sleeps).</summary>
public static class TimelineWait
{
    public static async Task<WearableAI.Hub.Timeline.TimelineEntry> ForAsync(HubApp hub, Func<WearableAI.Hub.Timeline.TimelineEntry, bool> match)
    {
        var feed = (WearableAI.Hub.Timeline.TimelineFeed)hub.Services.GetService(typeof(WearableAI.Hub.Timeline.TimelineFeed))!;
        using var cancel = new CancellationTokenSource(Signal.Timeout);
        await foreach (WearableAI.Hub.Timeline.TimelineEntry entry in feed.SubscribeAsync(0, cancel.Token))
        {
            if (match(entry))
            {
                return entry;
            }
        }

        throw new TimeoutException();
    }

    /// <summary>Each watch says hello and the hub has registered it online.</summary>
    public static async Task HelloAllAsync(HubApp hub, params Watch[] watches)
    {
        foreach (Watch watch in watches)
        {
            Task<WearableAI.Hub.Timeline.TimelineEntry> seen = ForAsync(hub, e => e.Kind == WearableAI.Hub.Timeline.TimelineKind.DeviceOnline && e.DeviceId == watch.Id);
            await watch.HelloAsync();
            await seen;
        }
    }
}
