using System.Text.Json.Nodes;
using WearableAI.Hub.HomeAssistant;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>Accepted commands as Hermes intents for Rhasspy-era tools: intents only, never a hotword message.</summary>
public sealed class HermesIntentsTests
{
    [Fact]
    public void An_accepted_command_becomes_an_intent_named_after_it_with_the_watch_as_site()
    {
        TimelineEntry stop = Command(new { replyTo = 42u, verdict = "Accepted", label = "stop", confidence = 0.8812 });

        HomeAssistantEvent? intent = HermesIntents.From(stop, new HermesOptions { Enabled = true, IntentPrefix = "wai_" });

        Assert.NotNull(intent);
        Assert.Equal("hermes/intent/wai_stop", intent.Topic);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"input":"stop","rawInput":"stop","intent":{"intentName":"wai_stop","confidenceScore":0.881},"slots":[],
             "siteId":"kitchen-watch-4k2q9x","sessionId":"kitchen-watch-4k2q9x-42","customData":null}
            """), intent.Payload), intent.Payload.ToJsonString());
    }

    [Fact]
    public void Wakes_unknown_words_and_rejected_commands_are_no_intents_and_nothing_is_a_hotword()
    {
        var options = new HermesOptions { Enabled = true };
        TimelineEntry[] none =
        [
            Command(new { verdict = "Rejected", label = "go", confidence = 0.3 }),
            Command(new { verdict = "Accepted", label = "unknown", confidence = 0.9 }),
            Command(new { verdict = "Accepted", label = "silence", confidence = 0.9 }),
            new(1, Samples.Time, TimelineKind.WakeVerdict, "kitchen-watch-4k2q9x", "kitchen", "wake", new { verdict = "Accepted", label = "hey_nano", confidence = 0.9 }),
        ];

        Assert.All(none, entry => Assert.Null(HermesIntents.From(entry, options)));
        Assert.StartsWith("hermes/intent/", HermesIntents.From(Command(new { verdict = "Accepted", label = "on", confidence = 0.9 }), options)!.Topic, StringComparison.Ordinal);
    }

    private static TimelineEntry Command(object details) => new(7, Samples.Time, TimelineKind.Command, "kitchen-watch-4k2q9x", "kitchen", "command", details);
}
