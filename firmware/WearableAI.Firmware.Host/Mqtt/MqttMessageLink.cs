using System.Buffers;
using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Link;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Host.Mqtt;

/// <summary>
/// <see cref="IMessageLink"/> over MQTTnet 5, as the hub's broker requires: client id = user
/// name = device id, password = the device secret, clean session off, QoS 1, the status topic
/// retained, last will = the Status (offline) frame the watch registers via <see cref="ILastWillLink"/>.
/// Subscribes to <c>wai/v1/dev/&lt;id&gt;/+</c> on every connect, and to the group's
/// <c>wai/v1/grp/&lt;group&gt;/result</c> once the watch joins one (<see cref="IGroupLink"/>).
/// </summary>
/// <remarks>
/// The firmware core is synchronous, so <see cref="Connect"/> and <see cref="Publish"/> wait
/// for the broker (bounded by <see cref="Timeout"/>). Received messages are queued by MQTTnet's
/// callback and taken by <see cref="Poll"/>; topics that do not parse, or belong to another
/// device or group, are dropped and counted (<see cref="DroppedTopics"/>).
/// </remarks>
public sealed class MqttMessageLink : IMessageLink, ILastWillLink, IGroupLink, IDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly ConcurrentQueue<(LinkChannel Channel, byte[] Payload)> _inbox = new();
    private readonly Uri _broker;
    private readonly string _deviceId;
    private readonly string _secret;
    private readonly TopicRouter _router;
    private byte[] _will = [];
    private int _droppedTopics;

    /// <summary>Prepares the client; nothing connects until <see cref="Connect"/>.</summary>
    /// <param name="broker">mqtt://host:port (1883 when no port).</param>
    /// <param name="deviceId">A valid device id.</param>
    /// <param name="secret">The device's password on the hub.</param>
    public MqttMessageLink(Uri broker, string deviceId, string secret)
    {
        _broker = broker;
        _deviceId = deviceId;
        _secret = secret;
        _router = new TopicRouter(deviceId);
        _client.ApplicationMessageReceivedAsync += e =>
        {
            Receive(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray());
            return Task.CompletedTask;
        };
    }

    /// <summary>Longest wait for the broker per call.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages dropped because their topic was not one of this device's.</summary>
    public int DroppedTopics => _droppedTopics;

    /// <inheritdoc/>
    public bool IsConnected => _client.IsConnected;

    /// <inheritdoc/>
    public void SetLastWill(byte[] payload, int offset, int count) => _will = payload.AsSpan(offset, count).ToArray();

    /// <summary>The group whose results are followed ("" when none).</summary>
    public string GroupId => _router.GroupId;

    /// <inheritdoc/>
    public void JoinGroup(string groupId)
    {
        if (!_router.Join(groupId, out string previous) || !_client.IsConnected)
        {
            return;
        }

        try
        {
            if (previous.Length > 0)
            {
                _client.UnsubscribeAsync(Topics.ForGroupResults(previous)).WaitAsync(Timeout).GetAwaiter().GetResult();
            }

            if (groupId.Length > 0)
            {
                _client.SubscribeAsync(Topics.ForGroupResults(groupId), MqttQualityOfServiceLevel.AtLeastOnce).WaitAsync(Timeout).GetAwaiter().GetResult();
            }
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            // The next connect subscribes again.
        }
    }

    /// <inheritdoc/>
    public bool Connect()
    {
        MqttClientOptionsBuilder options = new MqttClientOptionsBuilder()
            .WithTcpServer(_broker.Host, _broker.IsDefaultPort || _broker.Port <= 0 ? 1883 : _broker.Port)
            .WithClientId(_deviceId)
            .WithCredentials(_deviceId, _secret)
            .WithCleanSession(false)
            .WithTimeout(Timeout);
        if (_will.Length > 0)
        {
            options = options.WithWillTopic(_router.PublishTopic(LinkChannel.Status))
                .WithWillPayload(_will)
                .WithWillRetain(true)
                .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        }

        try
        {
            MqttClientConnectResult result = _client.ConnectAsync(options.Build()).WaitAsync(Timeout).GetAwaiter().GetResult();
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                return false;
            }

            _client.SubscribeAsync(_router.DeviceFilter, MqttQualityOfServiceLevel.AtLeastOnce).WaitAsync(Timeout).GetAwaiter().GetResult();
            string group = _router.GroupId;
            if (group.Length > 0)
            {
                _client.SubscribeAsync(Topics.ForGroupResults(group), MqttQualityOfServiceLevel.AtLeastOnce).WaitAsync(Timeout).GetAwaiter().GetResult();
            }

            return true;
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or TimeoutException or OperationCanceledException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public bool Publish(LinkChannel channel, byte[] payload, int offset, int count)
    {
        string? topic = _router.PublishTopic(channel);
        if (!_client.IsConnected || topic is null)
        {
            return false;
        }

        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload.AsSpan(offset, count).ToArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(channel == LinkChannel.Status)
            .Build();
        try
        {
            MqttClientPublishResult result = _client.PublishAsync(message).WaitAsync(Timeout).GetAwaiter().GetResult();
            return result.IsSuccess;
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public int Poll(byte[] buffer, int offset, out LinkChannel channel)
    {
        channel = LinkChannel.Result;
        if (!_inbox.TryDequeue(out (LinkChannel Channel, byte[] Payload) message))
        {
            return LinkPoll.NothingReceived;
        }

        channel = message.Channel;
        if (message.Payload.Length > buffer.Length - offset)
        {
            return LinkPoll.MessageTooLarge;
        }

        message.Payload.CopyTo(buffer, offset);
        return message.Payload.Length;
    }

    /// <summary>Closes the connection cleanly (no will is published); a connection the broker already dropped is simply gone.</summary>
    public void Disconnect()
    {
        if (!_client.IsConnected)
        {
            return;
        }

        try
        {
            _client.DisconnectAsync().WaitAsync(Timeout).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or System.Net.Sockets.SocketException or IOException)
        {
            // The socket closed under us (broker stopped, network gone): nothing left to close.
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    private void Receive(string topic, byte[] payload)
    {
        TopicRoute route = _router.Route(topic, out LinkChannel channel);
        if (route == TopicRoute.Foreign)
        {
            Interlocked.Increment(ref _droppedTopics);
        }
        else if (route == TopicRoute.Deliver)
        {
            _inbox.Enqueue((channel, payload));
        }
    }
}
