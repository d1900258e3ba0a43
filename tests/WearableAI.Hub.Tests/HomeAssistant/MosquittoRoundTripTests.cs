using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;
using WearableAI.TestSupport.Audio;
using WearableAI.TestSupport.Watches;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// The hub and the broker Home Assistant uses (a real Mosquitto with accounts), read with Debian's mosquitto_sub
/// logged in as Home Assistant: discovery retained on provisioning, events when a watch hears "hey nano, stop",
/// re-announcing when Home Assistant comes online, renames and moves, cleared configs on delete, and availability.
/// </summary>
public sealed class MosquittoRoundTripTests
{
    private const string Discovery = "homeassistant/device/";

    [Fact]
    public async Task Provisioning_a_watch_leaves_its_discovery_config_retained_and_deleting_it_clears_the_config()
    {
        await using HomeAssistantBroker broker = await HomeAssistantBroker.StartAsync();
        await using HubApp hub = await new HubApp(broker.HubSettings()).StartAsync();
        await using MqttObserver ha = await MqttObserver.StartAsync(broker.HomeAssistantLogin("ha-observer"), "homeassistant/#", "wearableai/#");

        ProvisionedDevice watch = await hub.ProvisionAsync("Kitchen watch", "kitchen");
        string config = Discovery + "wai_" + watch.Id + "/config";
        await ha.WaitForAsync(0, config);

        JsonNode retained = JsonNode.Parse((await RetainedMessage.ReadAsync(broker, config))!)!;
        GoldenFiles.AssertValid(GoldenFiles.DiscoverySchema, new JsonObject { ["topic"] = config, ["retain"] = true, ["payload"] = retained });
        Assert.Equal("Kitchen watch", (string?)retained["device"]!["name"]);
        Assert.Equal("""{"connectivity":"OFF","battery":null}""", await RetainedMessage.ReadAsync(broker, $"wearableai/device/{watch.Id}/state")); // not connected yet
        Assert.Equal("online", await RetainedMessage.ReadAsync(broker, "wearableai/hub/availability"));
        Assert.NotNull(await RetainedMessage.ReadAsync(broker, Discovery + "wai_group_kitchen/config"));

        int before = ha.Count;
        using HttpClient http = hub.CreateClient();
        (await http.DeleteAsync($"/api/devices/{watch.Id}")).EnsureSuccessStatusCode();

        await ha.WaitForAsync(before, config, m => m.Payload.Length == 0);
        Assert.Null(await RetainedMessage.ReadAsync(broker, config));
        Assert.Null(await RetainedMessage.ReadAsync(broker, Discovery + "wai_group_kitchen/config")); // its last watch left
    }

    [Fact]
    public async Task Hey_nano_stop_heard_by_a_host_watch_reaches_Home_Assistant_as_a_verified_wake_and_the_command_stop_and_Hermes_as_an_intent()
    {
        await using HomeAssistantBroker broker = await HomeAssistantBroker.StartAsync();
        Dictionary<string, string?> settings = broker.HubSettings();
        settings["Hub:Inference:ModelsFolder"] = RepositoryFolders.Models;
        settings["Hub:HomeAssistant:Hermes:Enabled"] = "true";
        await using HubApp hub = await new HubApp(settings).StartAsync();
        await using MqttObserver ha = await MqttObserver.StartAsync(broker.HomeAssistantLogin("ha-observer"), "wearableai/#", "hermes/#");
        ProvisionedDevice device = await hub.ProvisionAsync("Study watch", "study");

        await using SimulatedWatch watch = SimulatedWatch.Create(hub.MqttPort, device.Id, device.Secret, QuietRoom.Phrase("hey_nano", "stop")).Start();

        ObservedMessage online = await ha.WaitForAsync(0, $"wearableai/device/{device.Id}/state", m => (string?)m.Json["connectivity"] == "ON");
        ObservedMessage wake = await ha.WaitForAsync(0, $"wearableai/device/{device.Id}/wake");
        ObservedMessage command = await ha.WaitForAsync(0, $"wearableai/device/{device.Id}/command");
        foreach (ObservedMessage ev in new[] { wake, command })
        {
            Assert.False(ev.Retained);
            GoldenFiles.AssertValid(GoldenFiles.EventSchema, new JsonObject { ["topic"] = ev.Topic, ["retain"] = ev.Retained, ["payload"] = ev.Json });
        }

        Assert.Equal(("verified", "Study watch", "study"), ((string?)wake.Json["event_type"], (string?)wake.Json["device_name"], (string?)wake.Json["group"]));
        Assert.InRange((double)wake.Json["confidence"]!, 0.5, 1.0);
        Assert.Equal("stop", (string?)command.Json["event_type"]);
        Assert.Equal(device.Id, (string?)command.Json["device_id"]);
        Assert.Equal("ON", (string?)online.Json["connectivity"]);

        ObservedMessage intent = await ha.WaitForAsync(0, "hermes/intent/stop"); // the optional Hermes mirror, on here
        Assert.Equal(device.Id, (string?)intent.Json["siteId"]);
        Assert.DoesNotContain(ha.Messages, m => m.Topic.StartsWith("hermes/hotword/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_Home_Assistant_comes_online_every_watch_and_group_is_announced_again()
    {
        await using HomeAssistantBroker broker = await HomeAssistantBroker.StartAsync();
        await using HubApp hub = await new HubApp(broker.HubSettings()).StartAsync();
        await using MqttObserver ha = await MqttObserver.StartAsync(broker.HomeAssistantLogin("ha-observer"), "homeassistant/device/#");
        ProvisionedDevice kitchen = await hub.ProvisionAsync("Kitchen watch", "kitchen");
        ProvisionedDevice hall = await hub.ProvisionAsync("Hall watch", "hall");
        await ha.WaitForAsync(0, Discovery + "wai_" + hall.Id + "/config");

        int before = ha.Count;
        await RetainedMessage.PublishAsync(broker, "homeassistant/status", "online");

        foreach (string node in new[] { "wai_" + kitchen.Id, "wai_" + hall.Id, "wai_group_kitchen", "wai_group_hall" })
        {
            ObservedMessage again = await ha.WaitForAsync(before, Discovery + node + "/config");
            GoldenFiles.AssertValid(GoldenFiles.DiscoverySchema, new JsonObject { ["topic"] = again.Topic, ["retain"] = true, ["payload"] = again.Json });
        }
    }

    [Fact]
    public async Task Renaming_and_moving_a_watch_updates_its_device_and_moves_it_between_group_devices()
    {
        await using HomeAssistantBroker broker = await HomeAssistantBroker.StartAsync();
        await using HubApp hub = await new HubApp(broker.HubSettings()).StartAsync();
        await using MqttObserver ha = await MqttObserver.StartAsync(broker.HomeAssistantLogin("ha-observer"), "homeassistant/device/#");
        ProvisionedDevice watch = await hub.ProvisionAsync("Kitchen watch", "kitchen");
        string config = Discovery + "wai_" + watch.Id + "/config";
        await ha.WaitForAsync(0, Discovery + "wai_group_kitchen/config");
        using HttpClient http = hub.CreateClient();

        int before = ha.Count;
        (await http.PatchAsJsonAsync($"/api/devices/{watch.Id}", new UpdateDeviceRequest("Pantry watch", null))).EnsureSuccessStatusCode();
        await ha.WaitForAsync(before, config, m => (string?)m.Json["device"]!["name"] == "Pantry watch");

        before = ha.Count;
        (await http.PatchAsJsonAsync($"/api/devices/{watch.Id}", new UpdateDeviceRequest(null, "pantry"))).EnsureSuccessStatusCode();
        await ha.WaitForAsync(before, Discovery + "wai_group_pantry/config", m => m.Payload.Length > 0);
        await ha.WaitForAsync(before, Discovery + "wai_group_kitchen/config", m => m.Payload.Length == 0);
        Assert.Equal("Pantry watch", (string?)JsonNode.Parse((await RetainedMessage.ReadAsync(broker, config))!)!["device"]!["name"]);
        Assert.Null(await RetainedMessage.ReadAsync(broker, Discovery + "wai_group_kitchen/config"));
    }

    [Fact]
    public async Task Over_TLS_with_a_private_CA_the_hub_reaches_Home_Assistants_broker()
    {
        await using HomeAssistantBroker broker = await HomeAssistantBroker.StartAsync(tls: true);
        await using HubApp hub = await new HubApp(broker.HubSettings()).StartAsync();
        await using MqttObserver ha = await MqttObserver.StartAsync(broker.HomeAssistantLogin("ha-observer"), "homeassistant/device/#");

        ProvisionedDevice watch = await hub.ProvisionAsync("Kitchen watch", "kitchen");

        ObservedMessage config = await ha.WaitForAsync(0, Discovery + "wai_" + watch.Id + "/config");
        Assert.Equal("Kitchen watch", (string?)config.Json["device"]!["name"]);
    }

    [Fact]
    public async Task A_hub_that_stops_marks_itself_offline_so_Home_Assistant_shows_its_watches_unavailable()
    {
        await using HomeAssistantBroker broker = await HomeAssistantBroker.StartAsync();
        HubApp hub = await new HubApp(broker.HubSettings()).StartAsync();
        await using MqttObserver ha = await MqttObserver.StartAsync(broker.HomeAssistantLogin("ha-observer"), "wearableai/hub/availability");
        await ha.WaitForAsync(0, "wearableai/hub/availability", m => m.Payload == "online");

        int before = ha.Count;
        await hub.DisposeAsync();

        await ha.WaitForAsync(before, "wearableai/hub/availability", m => m.Payload == "offline");
        Assert.Equal("offline", await RetainedMessage.ReadAsync(broker, "wearableai/hub/availability"));
    }
}
