using System.Net.Http.Json;
using MQTTnet;
using MQTTnet.Formatter;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests;

/// <summary>The embedded broker's device security, against real MQTTnet clients.</summary>
public sealed class BrokerSecurityTests : IAsyncLifetime
{
    private readonly HubApp _hub = new();
    private MetricProbe _metrics = null!;

    public async Task InitializeAsync()
    {
        await _hub.StartAsync();
        _metrics = new MetricProbe(_hub.Metrics.Meter);
    }

    public async Task DisposeAsync()
    {
        _metrics.Dispose();
        await _hub.DisposeAsync();
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task A_provisioned_device_connects_and_its_event_reaches_the_hub(MqttProtocolVersion version)
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();
        TaskCompletionSource<HubMessage> received = Signal.New<HubMessage>();
        await using IAsyncDisposable subscription = await _hub.Bus.SubscribeAsync(HubTopics.AllEvents, m => { received.TrySetResult(m); return Task.CompletedTask; });
        await using var client = new DeviceClient();

        Assert.Equal(MqttClientConnectResultCode.Success, await client.ConnectAsync(device.MqttPort, device.Id, device.Secret, device.Id, version));
        await client.PublishAsync(HubTopics.Event(device.Id), "wake");

        HubMessage message = await received.Task.Within();
        Assert.Equal(HubTopics.Event(device.Id), message.Topic);
        Assert.Equal("wake"u8.ToArray(), message.Payload.ToArray());
        await _metrics.WaitForAsync("wai.hub.mqtt.connections{client=device}");
    }

    [Fact]
    public async Task An_MQTT_5_device_without_a_client_id_gets_its_device_id()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();
        await using var client = new DeviceClient();

        Assert.Equal(MqttClientConnectResultCode.Success, await client.ConnectAsync(device.MqttPort, device.Id, device.Secret, clientId: "", MqttProtocolVersion.V500));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await client.SubscribeAsync(HubTopics.DeviceLevel(device.Id) + "#"));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task A_wrong_secret_is_refused_and_counted(MqttProtocolVersion version)
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();
        await using var client = new DeviceClient();

        MqttClientConnectResultCode result = await client.ConnectAsync(device.MqttPort, device.Id, device.Secret + "x", device.Id, version);

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, result);
        Assert.False(client.IsConnected);
        Assert.Equal(1, await _metrics.WaitForAsync("wai.hub.mqtt.auth_failures{reason=wrong_secret}"));
    }

    [Fact]
    public async Task An_unknown_device_is_refused_and_counted()
    {
        await using var client = new DeviceClient();

        MqttClientConnectResultCode result = await client.ConnectAsync(_hub.MqttPort, "no-such-device", "secret", "no-such-device");

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, result);
        Assert.Equal(1, await _metrics.WaitForAsync("wai.hub.mqtt.auth_failures{reason=unknown_device}"));
    }

    [Fact]
    public async Task A_connection_without_credentials_is_refused()
    {
        await using var client = new DeviceClient();

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, await client.ConnectAsync(_hub.MqttPort, null, null, "anonymous"));
    }

    [Fact]
    public async Task A_device_cannot_use_another_devices_client_id()
    {
        ProvisionedDevice mine = await _hub.ProvisionAsync("mine");
        ProvisionedDevice other = await _hub.ProvisionAsync("other");
        await using var client = new DeviceClient();

        MqttClientConnectResultCode result = await client.ConnectAsync(mine.MqttPort, mine.Id, mine.Secret, other.Id);

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, result);
    }

    [Fact]
    public async Task A_publish_to_another_devices_topic_is_not_delivered_and_is_counted()
    {
        ProvisionedDevice attacker = await _hub.ProvisionAsync("attacker");
        ProvisionedDevice victim = await _hub.ProvisionAsync("victim");
        await using var attackerClient = new DeviceClient();
        await using var victimClient = new DeviceClient();
        await attackerClient.ConnectAsync(attacker.MqttPort, attacker.Id, attacker.Secret, attacker.Id);
        await victimClient.ConnectAsync(victim.MqttPort, victim.Id, victim.Secret, victim.Id);
        await victimClient.SubscribeAsync(HubTopics.DeviceLevel(victim.Id) + "#");

        await attackerClient.PublishAsync(HubTopics.Result(victim.Id), "forged");
        await _metrics.WaitForAsync("wai.hub.mqtt.permission_violations{action=publish}");
        await _hub.Bus.PublishAsync(HubTopics.Result(victim.Id), "genuine"u8.ToArray());

        // Delivery is in order, so had the forged message passed it would arrive first.
        Assert.Equal((HubTopics.Result(victim.Id), "genuine"), await victimClient.NextAsync());
    }

    [Fact]
    public async Task A_last_will_on_another_devices_topic_is_not_delivered()
    {
        ProvisionedDevice attacker = await _hub.ProvisionAsync("attacker");
        ProvisionedDevice victim = await _hub.ProvisionAsync("victim");
        await using var victimClient = new DeviceClient();
        await victimClient.ConnectAsync(victim.MqttPort, victim.Id, victim.Secret, victim.Id);
        await victimClient.SubscribeAsync(HubTopics.DeviceLevel(victim.Id) + "#");
        var attackerClient = new DeviceClient();
        await attackerClient.ConnectAsync(attacker.MqttPort, attacker.Id, attacker.Secret, attacker.Id, willTopic: HubTopics.Status(victim.Id));

        attackerClient.Vanish();
        await _metrics.WaitForAsync("wai.hub.mqtt.permission_violations{action=publish}");
        await _hub.Bus.PublishAsync(HubTopics.Result(victim.Id), "genuine"u8.ToArray());

        Assert.Equal((HubTopics.Result(victim.Id), "genuine"), await victimClient.NextAsync());
    }

    [Fact]
    public async Task A_devices_own_last_will_reaches_the_hub_as_its_status()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();
        TaskCompletionSource<HubMessage> status = Signal.New<HubMessage>();
        await using IAsyncDisposable subscription = await _hub.Bus.SubscribeAsync(HubTopics.AllStatus, m => { status.TrySetResult(m); return Task.CompletedTask; });
        var client = new DeviceClient();
        await client.ConnectAsync(device.MqttPort, device.Id, device.Secret, device.Id, willTopic: HubTopics.Status(device.Id));

        client.Vanish();

        Assert.Equal(HubTopics.Status(device.Id), (await status.Task.Within()).Topic);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task A_subscription_to_another_devices_or_groups_topics_is_refused_and_counted(MqttProtocolVersion version)
    {
        ProvisionedDevice snoop = await _hub.ProvisionAsync("snoop", "family");
        ProvisionedDevice victim = await _hub.ProvisionAsync("victim", "work");
        await using var client = new DeviceClient();
        await client.ConnectAsync(snoop.MqttPort, snoop.Id, snoop.Secret, snoop.Id, version);

        Assert.NotEqual(MqttClientSubscribeResultCode.GrantedQoS1, await client.SubscribeAsync(HubTopics.DeviceLevel(victim.Id) + "#"));
        Assert.NotEqual(MqttClientSubscribeResultCode.GrantedQoS1, await client.SubscribeAsync(HubTopics.GroupResult("work")));
        Assert.NotEqual(MqttClientSubscribeResultCode.GrantedQoS1, await client.SubscribeAsync("wai/v1/dev/+/event"));
        Assert.NotEqual(MqttClientSubscribeResultCode.GrantedQoS1, await client.SubscribeAsync("#"));
        Assert.Equal(4, await _metrics.WaitForAsync("wai.hub.mqtt.permission_violations{action=subscribe}", 4));
    }

    [Fact]
    public async Task A_group_member_receives_the_groups_results()
    {
        ProvisionedDevice watch = await _hub.ProvisionAsync("watch", "family");
        await using var client = new DeviceClient();
        await client.ConnectAsync(watch.MqttPort, watch.Id, watch.Secret, watch.Id);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await client.SubscribeAsync(HubTopics.GroupLevel("family") + "#"));

        await _hub.Bus.PublishAsync(HubTopics.GroupResult("family"), "stop"u8.ToArray());

        Assert.Equal((HubTopics.GroupResult("family"), "stop"), await client.NextAsync());
        await _metrics.WaitForAsync("wai.hub.messages.out");
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task A_persistent_session_device_gets_the_QoS1_message_sent_while_it_was_offline(MqttProtocolVersion version)
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();
        await using (var first = new DeviceClient())
        {
            await first.ConnectAsync(device.MqttPort, device.Id, device.Secret, device.Id, version, cleanSession: false);
            await first.SubscribeAsync(HubTopics.DeviceLevel(device.Id) + "#");
            await first.DisconnectAsync();
        }

        await _hub.Bus.PublishAsync(HubTopics.Result(device.Id), "queued"u8.ToArray());
        await using var again = new DeviceClient();
        await again.ConnectAsync(device.MqttPort, device.Id, device.Secret, device.Id, version, cleanSession: false);

        Assert.Equal((HubTopics.Result(device.Id), "queued"), await again.NextAsync());
    }

    [Fact]
    public async Task A_deleted_device_is_disconnected_and_cannot_come_back()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();
        await using var client = new DeviceClient();
        await client.ConnectAsync(device.MqttPort, device.Id, device.Secret, device.Id);

        using HttpClient http = _hub.CreateClient();
        (await http.DeleteAsync($"/api/devices/{device.Id}")).EnsureSuccessStatusCode();

        await client.Disconnected;
        await using var again = new DeviceClient();
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, await again.ConnectAsync(device.MqttPort, device.Id, device.Secret, device.Id));
    }

    [Fact]
    public async Task A_device_moved_to_another_group_is_reconnected_into_the_new_groups_permissions()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync("watch", "family");
        await using var client = new DeviceClient();
        await client.ConnectAsync(device.MqttPort, device.Id, device.Secret, device.Id);

        using HttpClient http = _hub.CreateClient();
        using HttpResponseMessage moved = await http.PatchAsJsonAsync($"/api/devices/{device.Id}", new UpdateDeviceRequest(null, "work"));
        moved.EnsureSuccessStatusCode();
        await client.Disconnected;

        await using var again = new DeviceClient();
        await again.ConnectAsync(device.MqttPort, device.Id, device.Secret, device.Id);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await again.SubscribeAsync(HubTopics.GroupLevel("work") + "#"));
        Assert.NotEqual(MqttClientSubscribeResultCode.GrantedQoS1, await again.SubscribeAsync(HubTopics.GroupLevel("family") + "#"));
    }
}
