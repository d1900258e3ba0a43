using System.Buffers;
using System.Net;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using WearableAI.Shared.Protocol;

namespace WearableAI.HubLoad;

/// <summary>The baseline: a plain MQTTnet server and a client that republishes each event to the device's result topic.</summary>
public sealed class EchoBroker : IAsyncDisposable
{
    private readonly MqttServer _server;
    private readonly IMqttClient _echo = new MqttClientFactory().CreateMqttClient();

    private EchoBroker(int port)
    {
        Port = port;
        MqttServerOptions options = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint().WithDefaultEndpointBoundIPAddress(IPAddress.Loopback).WithDefaultEndpointPort(port)
            .WithPersistentSessions()
            .Build();
        _server = new MqttServerFactory().CreateMqttServer(options);
    }

    public int Port { get; }

    public static async Task<EchoBroker> StartAsync(int port)
    {
        var broker = new EchoBroker(port);
        await broker._server.StartAsync();
        broker._echo.ApplicationMessageReceivedAsync += async e =>
        {
            string topic = e.ApplicationMessage.Topic;
            string result = string.Concat(topic.AsSpan(0, topic.LastIndexOf('/')), "/", Topics.ChannelName(TopicChannel.Result));
            await broker._echo.PublishBinaryAsync(result, e.ApplicationMessage.Payload.ToArray(), MqttQualityOfServiceLevel.AtLeastOnce);
        };
        await broker._echo.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("echo").Build());
        await broker._echo.SubscribeAsync(Topics.HubEventFilter, MqttQualityOfServiceLevel.AtLeastOnce);
        return broker;
    }

    public async ValueTask DisposeAsync()
    {
        await _echo.DisconnectAsync();
        _echo.Dispose();
        await _server.StopAsync();
        _server.Dispose();
    }
}
