using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Tests.Timeline;

public class TimelineFeedTests
{
    [Fact]
    public async Task A_subscriber_gets_the_kept_entries_then_new_ones_in_order()
    {
        var feed = new TimelineFeed(TimeProvider.System);
        feed.Publish(TimelineKind.DeviceOnline, "w1", "home", "w1 online");
        TimelineEntry second = feed.Publish(TimelineKind.WakeCandidate, "w1", "home", "wake candidate");

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var seen = new List<string>();
        await using IAsyncEnumerator<TimelineEntry> subscription = feed.SubscribeAsync(afterId: 1, cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.True(await subscription.MoveNextAsync());
        seen.Add(subscription.Current.Summary);
        feed.Publish(TimelineKind.WakeVerdict, "w1", "home", "verified");
        Assert.True(await subscription.MoveNextAsync());
        seen.Add(subscription.Current.Summary);

        Assert.Equal(["wake candidate", "verified"], seen);
        Assert.Equal(second.Id + 1, subscription.Current.Id);
    }

    [Fact]
    public void Only_the_most_recent_entries_are_kept_for_late_subscribers()
    {
        var feed = new TimelineFeed(TimeProvider.System);
        for (int i = 0; i < TimelineFeed.HistorySize + 20; i++)
        {
            feed.Publish(TimelineKind.Gesture, "w1", null, "gesture " + i);
        }

        IReadOnlyList<TimelineEntry> recent = feed.Recent();
        Assert.Equal(TimelineFeed.HistorySize, recent.Count);
        Assert.Equal("gesture 20", recent[0].Summary);
        Assert.Equal(recent[^1].Id, recent[0].Id + TimelineFeed.HistorySize - 1);
    }
}
