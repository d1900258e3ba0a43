using System.Collections;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Link;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// <see cref="IMessageLink"/> over nanoFramework.M2Mqtt whose network work runs on its own thread
    /// (<see cref="NetworkThread"/>): Wi-Fi, DNS, TLS, CONNECT and SUBSCRIBE never run on the audio
    /// loop. What the main loop calls returns at once: <see cref="Connect"/> asks the network thread
    /// for one attempt and reports the state; publishing hands the message to M2Mqtt's queue.
    /// </summary>
    /// <remarks>
    /// <para>Delivery: M2Mqtt's <c>Publish</c> only enqueues and returns the message id; its
    /// <c>MqttMsgPublished</c> event names the id when the broker's PUBACK arrives (or when the client
    /// gave up). This link passes both on as <see cref="IDeliveryReceipts"/>, so the core keeps an
    /// event in its offline queue until the broker has it.</para>
    /// <para>Topics: the core's <see cref="TopicRouter"/> (tested there); the will travels as text
    /// (<see cref="ITextWillLink"/>), so the core hands over a 7-bit-clean frame or none.</para>
    /// <para>Bounded: at most <see cref="InboxCapacity"/> received messages and <see cref="ReceiptCapacity"/>
    /// receipts wait for the main loop; more are dropped and counted.</para>
    /// </remarks>
    public sealed class M2MqttLink : IMessageLink, IDeliveryReceipts, ITextWillLink, IGroupLink
    {
        /// <summary>Received messages waiting for the main loop at most.</summary>
        public const int InboxCapacity = 8;

        /// <summary>Receipts waiting for the main loop at most.</summary>
        public const int ReceiptCapacity = 32;

        /// <summary>MQTT keep-alive in seconds.</summary>
        public const ushort KeepAliveSeconds = 30;

        private readonly HubEndpoint _hub;
        private readonly TopicRouter _router;
        private readonly MqttQoSLevel[] _qos = new MqttQoSLevel[] { MqttQoSLevel.AtLeastOnce };
        private readonly ArrayList _inbox = new ArrayList();
        private readonly int[] _receiptIds = new int[ReceiptCapacity];
        private readonly bool[] _receiptOk = new bool[ReceiptCapacity];
        private readonly object _lock = new object();
        private readonly NetworkThread _network;
        private MqttClient? _client;
        private string? _will;
        private int _receiptHead;
        private int _receiptCount;
        private int _droppedMessages;
        private int _droppedTopics;
        private int _droppedReceipts;

        /// <summary>Prepares the link and its network thread (started by <see cref="Start"/>).</summary>
        /// <param name="hub">Wi-Fi, broker and credentials.</param>
        public M2MqttLink(HubEndpoint hub)
        {
            _hub = hub;
            _router = new TopicRouter(hub.DeviceId);
            _network = new NetworkThread(hub, this);
        }

        /// <summary>The network thread (its state, for diagnostics and the watchdog).</summary>
        public NetworkThread Network
        {
            get { return _network; }
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

        /// <summary>Receipts dropped because the main loop did not take them in time.</summary>
        public int DroppedReceipts
        {
            get { return _droppedReceipts; }
        }

        /// <inheritdoc/>
        public bool IsConnected
        {
            get
            {
                MqttClient? client = _client;
                return client != null && _network.Connected && client.IsConnected;
            }
        }

        /// <summary>Starts the network thread.</summary>
        public void Start()
        {
            _network.Start();
        }

        /// <inheritdoc/>
        public void SetLastWill(byte[] payload, int offset, int count)
        {
            if (count == 0)
            {
                _will = null;
                return;
            }

            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)(payload[offset + i] & 0x7F);
            }

            _will = new string(chars);
        }

        /// <inheritdoc/>
        public void JoinGroup(string groupId)
        {
            if (_router.Join(groupId, out string previous))
            {
                _network.ChangeGroup(previous);
            }
        }

        /// <inheritdoc/>
        public bool Connect()
        {
            if (IsConnected)
            {
                return true;
            }

            _network.RequestConnect();
            return false;
        }

        /// <inheritdoc/>
        public bool Publish(LinkChannel channel, byte[] payload, int offset, int count)
        {
            return Send(channel, payload, offset, count) != 0;
        }

        /// <inheritdoc/>
        public int PublishTracked(LinkChannel channel, byte[] payload, int offset, int count)
        {
            return Send(channel, payload, offset, count);
        }

        /// <inheritdoc/>
        public int TakeReceipt(out bool delivered)
        {
            lock (_lock)
            {
                delivered = false;
                if (_receiptCount == 0)
                {
                    return 0;
                }

                int id = _receiptIds[_receiptHead];
                delivered = _receiptOk[_receiptHead];
                _receiptHead = (_receiptHead + 1) % ReceiptCapacity;
                _receiptCount--;
                return id;
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

        /// <summary>Network thread: a new client for this attempt (DNS and TLS happen here), CONNECT with the will, subscriptions.</summary>
        /// <returns>True when connected.</returns>
        internal bool ConnectOnNetworkThread()
        {
            MqttClient? old = _client;
            _client = null;
            if (old != null)
            {
                old.Dispose();
            }

            X509Certificate? ca = _hub.CaCertificate == null ? null : new X509Certificate(_hub.CaCertificate);
            MqttClient client = new MqttClient(_hub.BrokerHost, _hub.BrokerPort, _hub.UseTls, ca, null, _hub.UseTls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None);
            client.MqttMsgPublishReceived += OnPublishReceived;
            client.MqttMsgPublished += OnPublished;
            client.ConnectionClosed += OnConnectionClosed;
            lock (_lock)
            {
                // Receipts of the previous session name ids the new session reuses.
                _receiptCount = 0;
            }

            string? will = _will;
            MqttReasonCode result = client.Connect(_hub.DeviceId, _hub.DeviceId, _hub.DeviceSecret, will != null, MqttQoSLevel.AtLeastOnce, will != null,
                will == null ? null : _router.PublishTopic(LinkChannel.Status), will, false, KeepAliveSeconds);
            if (result != MqttReasonCode.Success)
            {
                client.Dispose();
                return false;
            }

            client.Subscribe(new string[] { _router.DeviceFilter }, _qos);
            string? group = TopicRouter.GroupTopic(_router.GroupId);
            if (group != null)
            {
                client.Subscribe(new string[] { group }, _qos);
            }

            _client = client;
            return true;
        }

        /// <summary>Network thread: follows the router's group instead of <paramref name="previous"/>.</summary>
        /// <param name="previous">The group followed until now.</param>
        internal void ResubscribeOnNetworkThread(string previous)
        {
            MqttClient? client = _client;
            if (client == null || !client.IsConnected)
            {
                return;
            }

            string? old = TopicRouter.GroupTopic(previous);
            if (old != null)
            {
                client.Unsubscribe(new string[] { old });
            }

            string? group = TopicRouter.GroupTopic(_router.GroupId);
            if (group != null)
            {
                client.Subscribe(new string[] { group }, _qos);
            }
        }

        private int Send(LinkChannel channel, byte[] payload, int offset, int count)
        {
            string? topic = _router.PublishTopic(channel);
            MqttClient? client = _client;
            if (topic == null || client == null || !IsConnected)
            {
                return 0;
            }

            byte[] message = new byte[count];
            System.Array.Copy(payload, offset, message, 0, count);
            try
            {
                return client.Publish(topic, message, null, null, MqttQoSLevel.AtLeastOnce, channel == LinkChannel.Status);
            }
            catch (System.Exception)
            {
                return 0;
            }
        }

        private void OnPublished(object sender, MqttMsgPublishedEventArgs e)
        {
            lock (_lock)
            {
                if (_receiptCount == ReceiptCapacity)
                {
                    _receiptHead = (_receiptHead + 1) % ReceiptCapacity;
                    _receiptCount--;
                    _droppedReceipts++;
                }

                int tail = (_receiptHead + _receiptCount) % ReceiptCapacity;
                _receiptIds[tail] = e.MessageId;
                _receiptOk[tail] = e.IsPublished;
                _receiptCount++;
            }
        }

        private void OnConnectionClosed(object sender, System.EventArgs e)
        {
            _network.ConnectionLost();
        }

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            TopicRoute route = _router.Route(e.Topic, out LinkChannel channel);
            if (route != TopicRoute.Deliver)
            {
                if (route == TopicRoute.Foreign)
                {
                    _droppedTopics++;
                }

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
