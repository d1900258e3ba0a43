using WearableAI.Hub.Broker;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests;

/// <summary>External mode: the hub as a client of a real Mosquitto, configured from the files the hub generates.</summary>
public sealed class ExternalBrokerTests
{
    [Fact]
    public async Task The_hub_receives_a_devices_event_through_Mosquitto_with_generated_credentials_and_ACL()
    {
        int port = FreePort.Next();
        await using var hub = new HubApp(Mosquitto.ExternalSettings(port));
        TaskCompletionSource<HubMessage> received = Signal.New<HubMessage>();
        await using IAsyncDisposable subscription = await hub.Bus.SubscribeAsync(HubTopics.AllEvents, m => { received.TrySetResult(m); return Task.CompletedTask; });
        ProvisionedDevice device = await hub.ProvisionAsync("watch", "family");
        Assert.Equal(("127.0.0.1", port), (device.MqttHost, device.MqttPort));

        await using ChildProcess mosquitto = await Mosquitto.StartAsync(hub);
        await hub.StartAsync();

        await using var client = new DeviceClient();
        Assert.Equal(MQTTnet.MqttClientConnectResultCode.Success, await client.ConnectAsync(port, device.Id, device.Secret, device.Id));
        await client.PublishAsync(HubTopics.Event(device.Id), "wake");

        HubMessage message = await received.Task.Within();
        Assert.Equal(HubTopics.Event(device.Id), message.Topic);
        Assert.Equal("wake"u8.ToArray(), message.Payload.ToArray());
    }

    [Fact]
    public async Task Mosquitto_refuses_a_wrong_device_secret_and_denies_foreign_subscriptions()
    {
        int port = FreePort.Next();
        await using var hub = new HubApp(Mosquitto.ExternalSettings(port));
        ProvisionedDevice device = await hub.ProvisionAsync("watch", "family");
        ProvisionedDevice other = await hub.ProvisionAsync("other", "work");
        await using ChildProcess mosquitto = await Mosquitto.StartAsync(hub);
        await hub.StartAsync();

        await using var wrong = new DeviceClient();
        Assert.NotEqual(MQTTnet.MqttClientConnectResultCode.Success, await wrong.ConnectAsync(port, device.Id, "wrong", device.Id));

        // Mosquitto grants the subscription packet but delivers nothing the ACL forbids: the hub's message
        // to the other device must not arrive, while the one to this device's group does, after it.
        await using var client = new DeviceClient();
        await client.ConnectAsync(port, device.Id, device.Secret, device.Id, MQTTnet.Formatter.MqttProtocolVersion.V500);
        await client.SubscribeAsync(HubTopics.DeviceLevel(other.Id) + "#");
        await client.SubscribeAsync(HubTopics.GroupLevel("family") + "#");
        await hub.Bus.PublishAsync(HubTopics.Result(other.Id), "not for you"u8.ToArray());
        await hub.Bus.PublishAsync(HubTopics.GroupResult("family"), "for the family"u8.ToArray());

        Assert.Equal((HubTopics.GroupResult("family"), "for the family"), await client.NextAsync());
    }
}
