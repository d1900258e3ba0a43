using System.Globalization;
using System.Text.Json.Nodes;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// Home Assistant on the hub's own embedded broker: it logs in with the account the settings give it, reads the
/// retained discovery configs and publishes its birth, and may touch nothing else — least of all the watches' wai/v1/ tree.
/// </summary>
public sealed class EmbeddedBrokerTests
{
    private const string User = "homeassistant";
    private const string Password = "ha-password-for-the-embedded-test";

    [Fact]
    public async Task Home_Assistant_logs_in_to_the_embedded_broker_reads_the_retained_config_and_its_birth_re_announces()
    {
        await using HubApp hub = await new HubApp(Settings()).StartAsync();
        ProvisionedDevice watch = await hub.ProvisionAsync("Kitchen watch", "kitchen");
        string config = $"homeassistant/device/wai_{watch.Id}/config";

        // The hub announces a new watch in the background: wait until it has, then a newcomer must get it retained.
        await using (MqttObserver announced = await MqttObserver.StartAsync(Login(hub, "ha-announced"), config))
        {
            await announced.WaitForAsync(0, config, m => m.Payload.Length > 0);
        }

        (int exitCode, ChildProcess first) = await ChildProcess.RunAsync("mosquitto_sub", [.. Login(hub, "ha-reader"), "-C", "1", "-F", "%r\t%p", "-t", config]);
        await using (first)
        {
            Assert.Equal(0, exitCode);
            string[] parts = first.Output.Split('\t', 2);
            Assert.Equal("1", parts[0]); // retained
            GoldenFiles.AssertValid(GoldenFiles.DiscoverySchema, new JsonObject { ["topic"] = config, ["retain"] = true, ["payload"] = JsonNode.Parse(parts[1]) });
        }

        await using MqttObserver ha = await MqttObserver.StartAsync(Login(hub, "ha-observer"), "homeassistant/device/#");
        int before = ha.Count;
        (int published, ChildProcess birth) = await ChildProcess.RunAsync("mosquitto_pub", [.. Login(hub, "ha-birth"), "-q", "1", "-t", "homeassistant/status", "-m", "online"]);
        await using (birth)
        {
            Assert.Equal(0, published);
        }

        await ha.WaitForAsync(before, config, m => !m.Retained && m.Payload.Length > 0);
    }

    [Fact]
    public async Task Home_Assistants_account_cannot_read_or_write_the_watches_topics()
    {
        await using HubApp hub = await new HubApp(Settings()).StartAsync();
        ProvisionedDevice watch = await hub.ProvisionAsync("Kitchen watch", "kitchen");

        (int _, ChildProcess sub) = await ChildProcess.RunAsync("mosquitto_sub", [.. Login(hub, "ha-snoop"), "-d", "-C", "1", "-W", "5", "-t", "wai/v1/#"]);
        await using (sub)
        {
            Assert.Contains("denied", sub.Output + sub.Errors, StringComparison.OrdinalIgnoreCase);
        }

        using var metrics = new MetricProbe(hub.Metrics.Meter);
        (int _, ChildProcess pub) = await ChildProcess.RunAsync("mosquitto_pub", [.. Login(hub, "ha-forger"), "-q", "1", "-V", "5", "-t", $"wai/v1/dev/{watch.Id}/event", "-m", "forged"]);
        await using (pub)
        {
            await metrics.WaitForAsync("wai.hub.mqtt.permission_violations{action=publish}", 1);
        }
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Hub:HomeAssistant:Enabled"] = "true",
        ["Hub:HomeAssistant:Broker:HomeAssistantUsername"] = User,
        ["Hub:HomeAssistant:Broker:HomeAssistantPassword"] = Password,
    };

    private static string[] Login(HubApp hub, string clientId) =>
        ["-h", "127.0.0.1", "-p", hub.MqttPort.ToString(CultureInfo.InvariantCulture), "-u", User, "-P", Password, "-i", clientId];
}
