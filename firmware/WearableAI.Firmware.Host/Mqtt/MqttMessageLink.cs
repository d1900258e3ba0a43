using System.Buffers;
using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using WearableAI.Firmware.Hardware;
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
    private readonly string[] _topics;
    private byte[] _will = [];
    private volatile string _groupId = string.Empty;
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
        _topics = new string[6];
        _topics[(int)LinkChannel.Status] = Topics.ForDevice(deviceId, TopicChannel.Status);
        _topics[(int)LinkChannel.Event] = Topics.ForDevice(deviceId, TopicChannel.Event);
        _topics[(int)LinkChannel.Result] = Topics.ForDevice(deviceId, TopicChannel.Result);
        _topics[(int)LinkChannel.Model] = Topics.ForDevice(deviceId, TopicChannel.Model);
        _topics[(int)LinkChannel.Config] = Topics.ForDevice(deviceId, TopicChannel.Config);
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
    public string GroupId => _groupId;

    /// <inheritdoc/>
    public void JoinGroup(string groupId)
    {
        string previous = _groupId;
        if (groupId == previous || (groupId.Length > 0 && !Topics.IsValidId(groupId)))
        {
            return;
        }

        _groupId = groupId;
        if (!_client.IsConnected)
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
            options = options.WithWillTopic(_topics[(int)LinkChannel.Status])
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

            _client.SubscribeAsync(Topics.DeviceFilter(_deviceId), MqttQualityOfServiceLevel.AtLeastOnce).WaitAsync(Timeout).GetAwaiter().GetResult();
            string group = _groupId;
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
        if (!_client.IsConnected || (int)channel >= _topics.Length || _topics[(int)channel] is null)
        {
            return false;
        }

        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(_topics[(int)channel])
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
        if (Topics.Parse(topic, out TopicAddress? address) != TopicError.None || address is null)
        {
            Interlocked.Increment(ref _droppedTopics);
            return;
        }

        if (address.Scope == TopicScope.Group)
        {
            if (address.Id != _groupId)
            {
                Interlocked.Increment(ref _droppedTopics);
                return;
            }

            _inbox.Enqueue((LinkChannel.Group, payload));
            return;
        }

        if (address.Id != _deviceId)
        {
            Interlocked.Increment(ref _droppedTopics);
            return;
        }

        LinkChannel? channel = address.Channel switch
        {
            TopicChannel.Result => LinkChannel.Result,
            TopicChannel.Model => LinkChannel.Model,
            TopicChannel.Config => LinkChannel.Config,
            _ => null,
        };
        if (channel is null)
        {
            // Our own status/event echoes (we subscribe to dev/<id>/+).
            return;
        }

        _inbox.Enqueue((channel.Value, payload));
    }
}
