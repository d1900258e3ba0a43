using System.Text.Json.Nodes;
using WearableAI.Contracts;
using WearableAI.Hub.HomeAssistant;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// The discovery configs the hub sends Home Assistant: byte-for-byte the golden files, and valid under the schema
/// written from Home Assistant's documented device-based discovery (required keys, event_types, device classes, topic).
/// </summary>
public sealed class DiscoveryPayloadTests
{
    [Fact]
    public void A_watch_is_announced_as_one_device_with_wake_command_gesture_events_a_battery_and_a_connection()
    {
        JsonObject message = WatchMessage(Samples.Options(), Samples.Manifest);

        GoldenFiles.AssertMatches("watch-discovery.json", message);
        GoldenFiles.AssertValid(GoldenFiles.DiscoverySchema, message);
        JsonObject components = message["payload"]!["components"]!.AsObject();
        Assert.Equal(["wake", "command", "gesture", "battery", "connectivity"], components.Select(c => c.Key));
        Assert.Equal("homeassistant/device/wai_kitchen-watch-4k2q9x/config", (string?)message["topic"]);
    }

    [Fact]
    public void A_group_is_announced_as_a_device_whose_arbitration_outcome_is_an_event()
    {
        HomeAssistantOptions options = Samples.Options();
        var topics = new HomeAssistantTopics(options);
        JsonObject message = GoldenFiles.Message(topics.DiscoveryConfig(topics.GroupNode("kitchen")), true,
            HomeAssistantPayloads.Write(GroupDiscovery.Build("kitchen", options, Samples.Origin)));

        GoldenFiles.AssertMatches("group-discovery.json", message);
        GoldenFiles.AssertValid(GoldenFiles.DiscoverySchema, message);
    }

    [Fact]
    public void The_command_event_lists_the_manifests_commands_and_unknown_so_a_new_vocabulary_updates_it()
    {
        ModelManifest lights = Samples.Manifest with { Vocabulary = ["hey_kitchen", "lights_on", "lights_off", "silence"], WakeLabel = "hey_kitchen" };

        JsonNode? types = WatchMessage(Samples.Options(), lights)["payload"]!["components"]!["command"]!["event_types"];

        Assert.Equal(["lights_on", "lights_off", "unknown"], types!.AsArray().Select(t => (string?)t));
        Assert.Equal(["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "unknown"],
            WatchMessage(Samples.Options(), Samples.Manifest)["payload"]!["components"]!["command"]!["event_types"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public void Without_a_hub_model_the_command_event_still_has_unknown_and_the_config_stays_valid()
    {
        JsonObject message = WatchMessage(Samples.Options(), manifest: null);

        GoldenFiles.AssertValid(GoldenFiles.DiscoverySchema, message);
        Assert.Equal(["unknown"], message["payload"]!["components"]!["command"]!["event_types"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public void Rejected_wakes_are_not_an_event_type_unless_turned_on()
    {
        HomeAssistantOptions options = Samples.Options();
        Assert.DoesNotContain("rejected", WakeTypes(options));

        options.Entities.RejectedWakes = true;
        Assert.Contains("rejected", WakeTypes(options));
        GoldenFiles.AssertValid(GoldenFiles.DiscoverySchema, WatchMessage(options, Samples.Manifest));
    }

    [Fact]
    public void Prefixes_node_ids_and_entities_follow_the_settings()
    {
        HomeAssistantOptions options = Samples.Options();
        options.DiscoveryPrefix = "ha-test";
        options.StatePrefix = "home/wearables";
        options.NodeIdPrefix = "wrist";
        options.Entities.Gestures = false;
        options.Entities.Battery = false;

        JsonObject message = WatchMessage(options, Samples.Manifest);

        GoldenFiles.AssertValid(GoldenFiles.DiscoverySchema, message);
        Assert.Equal("ha-test/device/wrist_kitchen-watch-4k2q9x/config", (string?)message["topic"]);
        JsonObject components = message["payload"]!["components"]!.AsObject();
        Assert.Equal(["wake", "command", "connectivity"], components.Select(c => c.Key));
        Assert.Equal("home/wearables/device/kitchen-watch-4k2q9x/wake", (string?)components["wake"]!["state_topic"]);
        Assert.Equal("wrist_kitchen-watch-4k2q9x_wake", (string?)components["wake"]!["unique_id"]);
        Assert.Equal("home/wearables/hub/availability", (string?)message["payload"]!["availability"]![0]!["topic"]);
    }

    [Fact]
    public void The_schema_refuses_what_Home_Assistant_would_refuse()
    {
        JsonObject good = WatchMessage(Samples.Options(), Samples.Manifest);
        Assert.True(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, good));

        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["topic"] = "homeassistant/device/wai kitchen/config")));
        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["payload"]!.AsObject().Remove("origin"))));
        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["payload"]!["device"]!.AsObject().Remove("identifiers"))));
        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["payload"]!["components"]!["wake"]!.AsObject().Remove("event_types"))));
        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["payload"]!["components"]!["gesture"]!.AsObject().Remove("unique_id"))));
        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["payload"]!["components"]!["connectivity"]!["device_class"] = "wifi")));
        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["payload"]!["components"]!["battery"]!["unit_of_measurement"] = "V")));
        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["payload"]!["components"]!["wake"]!["state_topic"] = "wearableai/device/+/wake")));
        Assert.False(GoldenFiles.IsValid(GoldenFiles.DiscoverySchema, Changed(good, m => m["retain"] = false)));
    }

    private static JsonObject WatchMessage(HomeAssistantOptions options, ModelManifest? manifest)
    {
        var topics = new HomeAssistantTopics(options);
        return GoldenFiles.Message(topics.DiscoveryConfig(topics.WatchNode(Samples.KitchenWatch.Id)), true,
            HomeAssistantPayloads.Write(WatchDiscovery.Build(Samples.KitchenWatch, manifest, options, Samples.Origin)));
    }

    private static IEnumerable<string?> WakeTypes(HomeAssistantOptions options) =>
        WatchMessage(options, Samples.Manifest)["payload"]!["components"]!["wake"]!["event_types"]!.AsArray().Select(t => (string?)t);

    private static JsonObject Changed(JsonObject message, Action<JsonObject> change)
    {
        JsonObject copy = message.DeepClone().AsObject();
        change(copy);
        return copy;
    }
}
