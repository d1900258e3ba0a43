using System.Net;
using System.Net.Sockets;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Mqtt;

namespace WearableAI.Firmware.Tests.Watching;

/// <summary>The MQTT adapter's group subscription against a real (in-process MQTTnet) broker.</summary>
public class MqttGroupTests
{
    [Fact]
    public async Task After_joining_a_group_its_fan_out_arrives_on_the_group_channel_and_other_groups_never_do()
    {
        int port = FreePort();
        using MqttServer server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(port).Build());
        await server.StartAsync();
        using IMqttClient hub = new MqttClientFactory().CreateMqttClient();
        await hub.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("hub").Build());
        using MqttMessageLink link = new(new Uri($"mqtt://127.0.0.1:{port}"), "watch-1", "s");
        Assert.True(link.Connect());
        link.JoinGroup("living-room");

        await Publish(hub, "wai/v1/grp/kitchen/result", [1]);
        await Publish(hub, "wai/v1/grp/living-room/result", [2]);
        byte[] buffer = new byte[16];
        LinkChannel channel = LinkChannel.Result;
        int length = LinkPoll.NothingReceived;
        Assert.True(SpinWait.SpinUntil(() => (length = link.Poll(buffer, 0, out channel)) != LinkPoll.NothingReceived, TimeSpan.FromSeconds(10)));

        Assert.Equal(LinkChannel.Group, channel);
        Assert.Equal(1, length);
        Assert.Equal(2, buffer[0]);

        // Leaving: the broker stops delivering (the next fan-out is not received, a device message still is).
        link.JoinGroup(string.Empty);
        await Publish(hub, "wai/v1/grp/living-room/result", [3]);
        await Publish(hub, "wai/v1/dev/watch-1/result", [4]);
        Assert.True(SpinWait.SpinUntil(() => (length = link.Poll(buffer, 0, out channel)) != LinkPoll.NothingReceived, TimeSpan.FromSeconds(10)));
        Assert.Equal(LinkChannel.Result, channel);
        Assert.Equal(4, buffer[0]);
        link.Disconnect();
        await server.StopAsync(new MqttServerStopOptions());
    }

    private static Task Publish(IMqttClient client, string topic, byte[] payload) =>
        client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
