using WearableAI.Hub.Observability;
using WearableAI.Hub.Tests.Support;
using WearableAI.Hub.Timeline;
using WearableAI.Hub.Web;

namespace WearableAI.Hub.Tests.Web;

/// <summary>The in-memory stats behind the System page.</summary>
public sealed class SystemStatsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_latency_ring_keeps_the_newest_samples_oldest_first()
    {
        var stats = new SystemStats(new ManualClock(Start));

        for (int i = 1; i <= SystemStats.LatencyCapacity + 10; i++)
        {
            stats.RecordInferenceLatency(TimeSpan.FromMilliseconds(i));
        }

        IReadOnlyList<LatencySample> samples = stats.Latencies();
        Assert.Equal(SystemStats.LatencyCapacity, samples.Count);
        Assert.Equal(11, samples[0].Milliseconds);
        Assert.Equal(SystemStats.LatencyCapacity + 10, samples[^1].Milliseconds);
    }

    [Fact]
    public void Uptime_counts_from_when_the_stats_were_made()
    {
        var clock = new ManualClock(Start);
        var stats = new SystemStats(clock);

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(5), stats.Uptime);
    }

    [Fact]
    public void A_negative_latency_or_an_empty_reason_is_refused()
    {
        var stats = new SystemStats(new ManualClock(Start));

        Assert.Throws<ArgumentOutOfRangeException>(() => stats.RecordInferenceLatency(TimeSpan.FromMilliseconds(-1)));
        Assert.Throws<ArgumentException>(() => stats.RecordReject(" "));
    }

    [Fact]
    public void The_event_rate_counts_the_last_minute_of_the_feed()
    {
        var clock = new ManualClock(Start);
        var feed = new TimelineFeed(clock);
        feed.Publish(TimelineKind.Gesture, "a", null, "too old");
        clock.Advance(TimeSpan.FromMinutes(5));
        for (int i = 0; i < 30; i++)
        {
            feed.Publish(TimelineKind.Gesture, "a", null, "recent");
        }

        (double rate, double window) = SystemEndpoints.EventRate(feed.Recent(), clock.GetUtcNow(), Start);

        Assert.Equal(60, window);
        Assert.Equal(0.5, rate);
    }
}
