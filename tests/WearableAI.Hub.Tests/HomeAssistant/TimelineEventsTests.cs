using System.Text.Json.Nodes;
using WearableAI.Hub.HomeAssistant;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// What the hub's timeline becomes in Home Assistant: each event matches the golden file, is valid under the event
/// schema, and its event_type is one the watch's discovery config announced (Home Assistant drops any other).
/// </summary>
public sealed class TimelineEventsTests
{
    private const string Watch = "kitchen-watch-4k2q9x";

    [Fact]
    public void Wakes_commands_gestures_and_arbitrations_become_events_of_the_announced_types()
    {
        HomeAssistantOptions options = Samples.Options();
        TimelineEntry[] entries =
        [
            Entry(TimelineKind.WakeVerdict, new { replyTo = 41u, verdict = "Accepted", arbitration = "Won", label = "hey_nano", confidence = 0.934, actionCode = 1, winner = Watch, latencyMs = 3.2 }),
            Entry(TimelineKind.WakeVerdict, new { replyTo = 7u, verdict = "StandDown", arbitration = "Lost", label = "hey_nano", confidence = 0.71, actionCode = 0, winner = "hall-watch-9z8y7x", latencyMs = 3.4 }),
            Entry(TimelineKind.Command, new { replyTo = 42u, verdict = "Accepted", arbitration = "Solo", label = "stop", confidence = 0.8812, actionCode = 20, winner = (string?)null, latencyMs = 2.9 }),
            Entry(TimelineKind.Command, new { replyTo = 44u, verdict = "Rejected", arbitration = "Solo", label = "go", confidence = 0.31, actionCode = 0, winner = (string?)null, latencyMs = 2.5 }),
            Entry(TimelineKind.Gesture, new { gesture = "DoubleTap", confidence = 0.9, peakMilliG = 1800 }),
            Entry(TimelineKind.Arbitration, new
            {
                winner = Watch,
                reason = "score 4.10 vs 2.05 (hall-watch-9z8y7x): voice/ambient 6.0 vs 3.0 octaves",
                windowMs = 150,
                candidates = new[] { new { deviceId = Watch }, new { deviceId = "hall-watch-9z8y7x" } },
            }),
        ];

        var messages = new JsonArray();
        foreach (TimelineEntry entry in entries)
        {
            HomeAssistantEvent? ev = TimelineEvents.From(entry, Samples.KitchenWatch, options);
            Assert.NotNull(ev);
            JsonObject message = GoldenFiles.Message(ev.Topic, false, HomeAssistantPayloads.Write(ev.Payload));
            GoldenFiles.AssertValid(GoldenFiles.EventSchema, message);
            Assert.Contains((string?)ev.Payload["event_type"], AnnouncedTypes(options, ev.Topic));
            messages.Add(message);
        }

        GoldenFiles.AssertMatches("events.json", messages);
        Assert.Equal(["verified", "stood_down", "stop", "unknown", "double_tap", "decided"], messages.Select(m => (string?)m!["payload"]!["event_type"]));
    }

    [Fact]
    public void A_rejected_wake_reaches_Home_Assistant_only_when_turned_on()
    {
        TimelineEntry rejected = Entry(TimelineKind.WakeVerdict, new { verdict = "Rejected", arbitration = "Solo", label = "hey_nano", confidence = 0.12 });
        HomeAssistantOptions options = Samples.Options();

        Assert.Null(TimelineEvents.From(rejected, Samples.KitchenWatch, options));

        options.Entities.RejectedWakes = true;
        HomeAssistantEvent? ev = TimelineEvents.From(rejected, Samples.KitchenWatch, options);
        Assert.Equal("rejected", (string?)ev?.Payload["event_type"]);
        Assert.Contains("rejected", AnnouncedTypes(options, ev!.Topic));
    }

    [Fact]
    public void A_command_after_a_wake_that_was_not_accepted_and_silence_send_nothing()
    {
        HomeAssistantOptions options = Samples.Options();

        Assert.Null(TimelineEvents.From(Entry(TimelineKind.Command, new { verdict = "Rejected", label = "", confidence = 0.0 }), Samples.KitchenWatch, options));
        Assert.Null(TimelineEvents.From(Entry(TimelineKind.Command, new { verdict = "Accepted", label = "silence", confidence = 0.9 }), Samples.KitchenWatch, options));
        Assert.Null(TimelineEvents.From(Entry(TimelineKind.Command, new { verdict = "Unverified", label = "", confidence = 0.0 }), Samples.KitchenWatch, options));
    }

    [Fact]
    public void An_entity_turned_off_sends_no_events()
    {
        HomeAssistantOptions options = Samples.Options();
        options.Entities.Gestures = false;
        options.Entities.Wake = false;

        Assert.Null(TimelineEvents.From(Entry(TimelineKind.Gesture, new { gesture = "Raise", confidence = 0.9 }), Samples.KitchenWatch, options));
        Assert.Null(TimelineEvents.From(Entry(TimelineKind.WakeVerdict, new { verdict = "Accepted", confidence = 0.9 }), Samples.KitchenWatch, options));
        Assert.NotNull(TimelineEvents.From(Entry(TimelineKind.Command, new { verdict = "Accepted", label = "stop", confidence = 0.9 }), Samples.KitchenWatch, options));
    }

    [Fact]
    public void Candidates_and_rejections_on_the_timeline_are_not_events()
    {
        HomeAssistantOptions options = Samples.Options();

        Assert.Null(TimelineEvents.From(Entry(TimelineKind.WakeCandidate, new { sequence = 3u, watchScore = 0.8 }), Samples.KitchenWatch, options));
        Assert.Null(TimelineEvents.From(Entry(TimelineKind.Rejected, new { reason = "bad-crc" }), Samples.KitchenWatch, options));
    }

    private static TimelineEntry Entry(TimelineKind kind, object details) => new(1, Samples.Time, kind, Watch, "kitchen", "summary", details);

    /// <summary>The event_types the discovery config announced for the entity publishing on <paramref name="topic"/>.</summary>
    private static IEnumerable<string?> AnnouncedTypes(HomeAssistantOptions options, string topic)
    {
        JsonObject watch = WatchDiscovery.Build(Samples.KitchenWatch, Samples.Manifest, options, Samples.Origin);
        JsonObject group = GroupDiscovery.Build("kitchen", options, Samples.Origin);
        JsonNode component = watch["components"]!.AsObject().Concat(group["components"]!.AsObject())
            .Single(c => (string?)c.Value!["state_topic"] == topic).Value!;
        return component["event_types"]!.AsArray().Select(t => (string?)t);
    }
}
