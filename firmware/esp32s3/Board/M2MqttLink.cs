using System.Collections;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Protocol;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// <see cref="IMessageLink"/> over nanoFramework.M2Mqtt, as the hub's broker requires: client
    /// id = user name = device id, password = the device secret, clean session off, QoS 1, status
    /// retained; subscribed to <c>wai/v1/dev/&lt;id&gt;/+</c> and, once the watch joins one, to the
    /// group's <c>wai/v1/grp/&lt;group&gt;/result</c>.
    /// </summary>
    /// <remarks>
    /// <para>M2Mqtt delivers on its own thread: <see cref="OnPublishReceived"/> only copies the
    /// message into a bounded inbox (full: the newest is dropped and counted); the main loop
    /// takes it with <see cref="Poll"/>. Topics that do not parse or are not ours are counted too.</para>
    /// <para>Last will: M2Mqtt takes the will message as a <c>string</c> and sends its UTF-8 bytes,
    /// so a binary Status frame survives only when every byte is below 0x80. The will is registered
    /// when that holds and otherwise left out and counted (<see cref="WillsOmitted"/>); see README.</para>
    /// </remarks>
    public sealed class M2MqttLink : IMessageLink, ILastWillLink, IGroupLink
    {
        /// <summary>Messages waiting for the main loop at most.</summary>
        public const int InboxCapacity = 8;

        /// <summary>MQTT keep-alive in seconds.</summary>
        public const ushort KeepAliveSeconds = 30;

        private readonly MqttClient _client;
        private readonly string _deviceId;
        private readonly string _secret;
        private readonly string[] _topics = new string[6];
        private readonly MqttQoSLevel[] _qos = new MqttQoSLevel[] { MqttQoSLevel.AtLeastOnce };
        private readonly ArrayList _inbox = new ArrayList();
        private readonly object _lock = new object();
        private string _groupId = string.Empty;
        private string? _will;
        private int _droppedMessages;
        private int _droppedTopics;
        private int _willsOmitted;

        /// <summary>Prepares the client; nothing connects until <see cref="Connect"/>.</summary>
        /// <param name="host">Broker host or address.</param>
        /// <param name="port">Broker port.</param>
        /// <param name="deviceId">A valid device id.</param>
        /// <param name="secret">The device's password on the hub.</param>
        public M2MqttLink(string host, int port, string deviceId, string secret)
        {
            _deviceId = deviceId;
            _secret = secret;
            _topics[(int)LinkChannel.Status] = Topics.ForDevice(deviceId, TopicChannel.Status);
            _topics[(int)LinkChannel.Event] = Topics.ForDevice(deviceId, TopicChannel.Event);
            _client = new MqttClient(host, port, false, null, null, MqttSslProtocols.None);
            _client.MqttMsgPublishReceived += OnPublishReceived;
        }

        /// <summary>Messages dropped because the inbox was full.</summary>
        public int DroppedMessages
        {
            get { return _droppedMessages; }
        }

        /// <summary>Messages dropped because their topic was not this device's or its group's.</summary>
        public int DroppedTopics
        {
            get { return _droppedTopics; }
        }

        /// <summary>Connections made without a will because the Status frame was not 7-bit clean.</summary>
        public int WillsOmitted
        {
            get { return _willsOmitted; }
        }

        /// <inheritdoc/>
        public bool IsConnected
        {
            get { return _client.IsConnected; }
        }

        /// <inheritdoc/>
        public void SetLastWill(byte[] payload, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                byte b = payload[offset + i];
                if (b >= 0x80)
                {
                    _will = null;
                    return;
                }

                chars[i] = (char)b;
            }

            _will = new string(chars);
        }

        /// <inheritdoc/>
        public void JoinGroup(string groupId)
        {
            string previous = _groupId;
            _groupId = groupId;
            if (!_client.IsConnected)
            {
                return;
            }

            try
            {
                if (previous.Length > 0)
                {
                    _client.Unsubscribe(new string[] { Topics.ForGroupResults(previous) });
                }

                if (groupId.Length > 0)
                {
                    _client.Subscribe(new string[] { Topics.ForGroupResults(groupId) }, _qos);
                }
            }
            catch (System.Exception)
            {
                // The next connect subscribes again.
            }
        }

        /// <inheritdoc/>
        public bool Connect()
        {
            string? will = _will;
            if (will == null)
            {
                _willsOmitted++;
            }

            try
            {
                MqttReasonCode result = _client.Connect(_deviceId, _deviceId, _secret, will != null, MqttQoSLevel.AtLeastOnce, will != null,
                    will == null ? null : _topics[(int)LinkChannel.Status], will, false, KeepAliveSeconds);
                if (result != MqttReasonCode.Success)
                {
                    return false;
                }

                _client.Subscribe(new string[] { Topics.DeviceFilter(_deviceId) }, _qos);
                string group = _groupId;
                if (group.Length > 0)
                {
                    _client.Subscribe(new string[] { Topics.ForGroupResults(group) }, _qos);
                }

                return true;
            }
            catch (System.Exception)
            {
                // Socket or protocol failure: the watch retries on its backoff schedule.
                return false;
            }
        }

        /// <inheritdoc/>
        public bool Publish(LinkChannel channel, byte[] payload, int offset, int count)
        {
            string? topic = (int)channel < _topics.Length ? _topics[(int)channel] : null;
            if (topic == null || !_client.IsConnected)
            {
                return false;
            }

            byte[] message = new byte[count];
            System.Array.Copy(payload, offset, message, 0, count);
            try
            {
                _client.Publish(topic, message, null, null, MqttQoSLevel.AtLeastOnce, channel == LinkChannel.Status);
                return true;
            }
            catch (System.Exception)
            {
                return false;
            }
        }

        /// <inheritdoc/>
        public int Poll(byte[] buffer, int offset, out LinkChannel channel)
        {
            channel = LinkChannel.Result;
            Received? message = null;
            lock (_lock)
            {
                if (_inbox.Count > 0)
                {
                    message = (Received)_inbox[0]!;
                    _inbox.RemoveAt(0);
                }
            }

            if (message == null)
            {
                return LinkPoll.NothingReceived;
            }

            channel = message.Channel;
            if (message.Payload.Length > buffer.Length - offset)
            {
                return LinkPoll.MessageTooLarge;
            }

            System.Array.Copy(message.Payload, 0, buffer, offset, message.Payload.Length);
            return message.Payload.Length;
        }

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            TopicAddress? address;
            if (Topics.Parse(e.Topic, out address) != TopicError.None || address == null)
            {
                _droppedTopics++;
                return;
            }

            LinkChannel channel;
            if (address.Scope == TopicScope.Group)
            {
                if (address.Id != _groupId)
                {
                    _droppedTopics++;
                    return;
                }

                channel = LinkChannel.Group;
            }
            else if (address.Id != _deviceId)
            {
                _droppedTopics++;
                return;
            }
            else if (address.Channel == TopicChannel.Result)
            {
                channel = LinkChannel.Result;
            }
            else if (address.Channel == TopicChannel.Model)
            {
                channel = LinkChannel.Model;
            }
            else if (address.Channel == TopicChannel.Config)
            {
                channel = LinkChannel.Config;
            }
            else
            {
                // Our own status/event echoes (we subscribe to dev/<id>/+).
                return;
            }

            lock (_lock)
            {
                if (_inbox.Count >= InboxCapacity)
                {
                    _droppedMessages++;
                    return;
                }

                _inbox.Add(new Received(channel, e.Message));
            }
        }

        private sealed class Received
        {
            public readonly LinkChannel Channel;
            public readonly byte[] Payload;

            public Received(LinkChannel channel, byte[] payload)
            {
                Channel = channel;
                Payload = payload;
            }
        }
    }
}
