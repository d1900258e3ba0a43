using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WearableAI.Hub.Tests.Support;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Tests.Web;

/// <summary><c>/api/timeline</c> and its Server-Sent Events stream.</summary>
public sealed class TimelineApiTests : IAsyncLifetime
{
    private readonly HubApp _hub = new(new Dictionary<string, string?> { ["Hub:Web:StreamHeartbeatSeconds"] = "1" });
    private HttpClient _http = null!;

    private TimelineFeed Feed => _hub.Services.GetRequiredService<TimelineFeed>();

    public async Task InitializeAsync()
    {
        await _hub.StartAsync();
        _http = _hub.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Listing_after_an_id_returns_only_later_entries_with_kind_and_details_as_json()
    {
        TimelineEntry first = Feed.Publish(TimelineKind.Gesture, "wrist-a", "home", "wrist raise");
        Feed.Publish(TimelineKind.WakeVerdict, "wrist-a", "home", "verified 'hey nano' (0.97)", new { verdict = "verified", confidence = 0.97 });

        using JsonDocument json = JsonDocument.Parse(await _http.GetStringAsync($"/api/timeline?after={first.Id}"));

        JsonElement entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("wakeVerdict", entry.GetProperty("kind").GetString());
        Assert.Equal("wrist-a", entry.GetProperty("deviceId").GetString());
        Assert.Equal(0.97, entry.GetProperty("details").GetProperty("confidence").GetDouble());
    }

    [Fact]
    public async Task Listing_for_one_device_leaves_out_the_others()
    {
        Feed.Publish(TimelineKind.Gesture, "wrist-a", "home", "wrist raise");
        Feed.Publish(TimelineKind.Gesture, "wrist-b", "home", "wrist raise");

        using JsonDocument json = JsonDocument.Parse(await _http.GetStringAsync("/api/timeline?device=wrist-b"));

        Assert.Equal("wrist-b", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("deviceId").GetString());
    }

    [Theory]
    [InlineData("/api/timeline?after=soon", "'after' must be")]
    [InlineData("/api/timeline?after=-1", "'after' must be")]
    [InlineData("/api/timeline?device=Not%20An%20Id", "'device' must be")]
    [InlineData("/api/timeline/stream?after=x", "must be a timeline entry id")]
    public async Task A_bad_query_is_a_400_with_a_json_message(string url, string expected)
    {
        using HttpResponseMessage response = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stream_resumes_after_last_event_id_then_sends_new_entries_live()
    {
        TimelineEntry seen = Feed.Publish(TimelineKind.Gesture, "wrist-a", "home", "seen before the drop");
        TimelineEntry missed = Feed.Publish(TimelineKind.Command, "wrist-a", "home", "missed while away");
        await using SseReader stream = await SseReader.OpenAsync(_http, "/api/timeline/stream", lastEventId: seen.Id);

        Assert.Equal("text/event-stream", stream.ContentType);
        (long firstId, JsonElement first) = await stream.NextEventAsync();
        Assert.Equal(missed.Id, firstId);
        Assert.Equal("missed while away", first.GetProperty("summary").GetString());

        TimelineEntry live = Feed.Publish(TimelineKind.Rejected, "wrist-a", "home", "bad frame", new { reason = "bad-crc" });
        (long liveId, JsonElement next) = await stream.NextEventAsync();
        Assert.Equal(live.Id, liveId);
        Assert.Equal("rejected", next.GetProperty("kind").GetString());
        Assert.Equal("bad-crc", next.GetProperty("details").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_idle_stream_sends_heartbeat_comments()
    {
        await using SseReader stream = await SseReader.OpenAsync(_http, "/api/timeline/stream?after=999999");

        Assert.Equal(": heartbeat", await stream.NextLineAsync(line => line.StartsWith(':')));
    }
}
