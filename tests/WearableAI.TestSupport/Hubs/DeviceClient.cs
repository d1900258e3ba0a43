using System.Buffers;
using System.Text;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace WearableAI.TestSupport.Hubs;

/// <summary>A device as the broker sees it: an MQTTnet client that records what it receives.</summary>
public sealed class DeviceClient : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<(string Topic, string Payload)> _received = Channel.CreateUnbounded<(string, string)>();
    private readonly TaskCompletionSource _disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A client, not connected yet.</summary>
    public DeviceClient()
    {
        _client.ApplicationMessageReceivedAsync += e =>
        {
            _received.Writer.TryWrite((e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray())));
            return Task.CompletedTask;
        };
        _client.DisconnectedAsync += e =>
        {
            if (e.ClientWasConnected)
            {
                _disconnected.TrySetResult();
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>Completes when the broker (or this client) closes an established connection.</summary>
    public Task Disconnected => _disconnected.Task.Within();

    /// <summary>True while the client holds a connection.</summary>
    public bool IsConnected => _client.IsConnected;

    /// <summary>Connects; returns the broker's answer (MQTTnet 5 returns a refusal, it does not throw).</summary>
    public async Task<MqttClientConnectResultCode> ConnectAsync(
        int port, string? userName, string? password, string? clientId, MqttProtocolVersion version = MqttProtocolVersion.V311, bool cleanSession = true, bool tls = false, string? willTopic = null)
    {
        MqttClientOptionsBuilder options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithProtocolVersion(version)
            .WithCleanSession(cleanSession)
            .WithTimeout(Signal.Timeout);
        if (willTopic is not null)
        {
            options = options.WithWillTopic(willTopic).WithWillPayload("gone").WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        }

        if (tls)
        {
            // The test's self-signed certificate: trust it whatever the chain says.
            options = options.WithTlsOptions(o => o.UseTls().WithCertificateValidationHandler(_ => true));
        }

        if (userName is not null)
        {
            options = options.WithCredentials(userName, password);
        }

        if (clientId is not null)
        {
            options = options.WithClientId(clientId);
        }

        if (!cleanSession && version == MqttProtocolVersion.V500)
        {
            options = options.WithSessionExpiryInterval(3600);
        }

        MqttClientConnectResult result = await _client.ConnectAsync(options.Build()).Within();
        return result.ResultCode;
    }

    /// <summary>Subscribes at QoS 1; returns the broker's answer.</summary>
    public async Task<MqttClientSubscribeResultCode> SubscribeAsync(string filter)
    {
        MqttClientSubscribeResult result = await _client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce).Within();
        return result.Items.Single().ResultCode;
    }

    /// <summary>Publishes a UTF-8 payload at QoS 1.</summary>
    public Task PublishAsync(string topic, string payload) =>
        _client.PublishStringAsync(topic, payload, MqttQualityOfServiceLevel.AtLeastOnce).Within();

    /// <summary>The next message this device receives.</summary>
    public async Task<(string Topic, string Payload)> NextAsync() => await _received.Reader.ReadAsync().AsTask().Within();

    /// <summary>Messages received so far and not yet taken.</summary>
    public int Pending => _received.Reader.Count;

    /// <summary>Disconnects cleanly (DISCONNECT sent: no will).</summary>
    public Task DisconnectAsync() => _client.DisconnectAsync();

    /// <summary>Drops the connection without DISCONNECT, as a device losing power does (the broker then sends its will).</summary>
    public void Vanish() => _client.Dispose();

    /// <summary>Disconnects if still connected and frees the client.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync();
            }
        }
        catch (ObjectDisposedException)
        {
            // Vanished already.
        }

        _client.Dispose();
    }
}
