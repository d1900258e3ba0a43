using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// The watch's side of the wire protocol (docs/protocol.md): encodes its frames with the
    /// shared <see cref="FrameCodec"/> into one preallocated buffer (<see cref="OutgoingFrames"/>) and sends them through a
    /// <see cref="LinkSupervisor"/> (send now or queue while offline); reports itself (<see cref="DeviceReports"/>): on every connect publishes
    /// a retained Status then a Hello; sends a Heartbeat on its interval; registers the last
    /// will (Status, offline) before each connection attempt; decodes what the hub sends and
    /// counts everything it ignores (<see cref="Rejections"/>).
    /// </summary>
    /// <remarks>
    /// <para>Nothing a hub worker took and died with is lost: the frame awaiting a Result (the wake candidate, then the
    /// command) is kept for <see cref="ResendUnanswered"/>, and the events that get no Result (Hello, Gesture, ModelAck)
    /// are kept in <see cref="Unreceipted"/> and sent again until the hub's Receipt names them — which <see cref="Poll"/>
    /// takes in itself (docs/scale-out.md, "Nothing lost, nothing doubled").</para>
    /// <para>Sequence numbers start at 1, go up by one per frame and skip 0 when they wrap.</para>
    /// <para>The frame objects, the transmit and the receive buffer are allocated once. Encoding
    /// a frame allocates one small writer (per message, never per audio frame); decoding a
    /// received frame allocates the frame object (hub messages are rare).</para>
    /// </remarks>
    public sealed class WatchLink
    {
        /// <summary>Most queued messages published per <see cref="Service"/> call.</summary>
        public const int DrainPerService = 4;

        /// <summary>Events kept for their receipt at most (<see cref="UnreceiptedEvents"/>).</summary>
        public const int ReceiptSlots = 8;

        /// <summary>Largest event kept for its receipt: a Hello with two 32-character names is 103 bytes.</summary>
        public const int ReceiptSlotBytes = 128;

        private readonly IMessageLink _link;
        private readonly IClock _clock;
        private readonly DeviceIdentity _identity;
        private readonly OfflineQueue _queue;
        private readonly LinkSupervisor _supervisor;
        private readonly OutgoingFrames _out;
        private readonly HubReceiver _receiver;
        private readonly DeviceReports _reports;
        private readonly WakeCandidateFrame _wake = new WakeCandidateFrame();
        private readonly CommandFeaturesFrame _command = new CommandFeaturesFrame();
        private readonly GestureFrame _gesture = new GestureFrame();
        private readonly ModelAckFrame _ack = new ModelAckFrame();
        private readonly UnreceiptedEvents _unreceipted;
        private readonly byte[] _unanswered;
        private int _unansweredLength;
        private bool _wasConnected;
        private long _nextHeartbeatMs;
        private long _willEncodedForAttemptMs = -1;
        private int _heartbeatIntervalMs = 60000;
        private int _heartbeatsSent;
        private int _willsOmitted;
        private string _groupId = string.Empty;

        /// <summary>Wires the link; owns the queue and the supervisor it creates.</summary>
        /// <param name="link">The transport (MQTT adapter or simulator); if it is an <see cref="ILastWillLink"/>, the will is set on it.</param>
        /// <param name="clock">Uptime for pacing, Unix time for timestamps.</param>
        /// <param name="identity">What Hello reports.</param>
        /// <param name="queueCapacity">Messages kept while offline.</param>
        /// <param name="maxMessageBytes">Largest message the queue holds (size of a wake candidate).</param>
        /// <param name="backoffSeed">Spreads reconnect attempts of a fleet (e.g. a hash of the device id).</param>
        /// <param name="maxInFlight">Events waiting for the broker's receipt at most (links with <see cref="IDeliveryReceipts"/>).</param>
        /// <param name="receiptResendMs">An event without the hub's receipt goes out again after this long, then twice as long … (ms).</param>
        /// <param name="receiptResends">… at most this many times.</param>
        public WatchLink(IMessageLink link, IClock clock, DeviceIdentity identity, int queueCapacity, int maxMessageBytes, uint backoffSeed, int maxInFlight = 2,
            int receiptResendMs = 2000, int receiptResends = 4)
        {
            _link = link ?? throw new System.ArgumentNullException(nameof(link));
            _clock = clock ?? throw new System.ArgumentNullException(nameof(clock));
            _identity = identity ?? throw new System.ArgumentNullException(nameof(identity));
            _queue = new OfflineQueue(queueCapacity, maxMessageBytes);
            _supervisor = new LinkSupervisor(link, _queue, new Backoff(1000, 60000, 25, backoffSeed), clock, maxInFlight);
            _receiver = new HubReceiver(link, identity);
            _reports = new DeviceReports(identity, _queue);
            _out = new OutgoingFrames(link, _supervisor, clock);
            _unanswered = new byte[maxMessageBytes];
            _unreceipted = new UnreceiptedEvents(ReceiptSlots, ReceiptSlotBytes, receiptResendMs, receiptResends);
        }

        /// <summary>True while the transport is connected.</summary>
        public bool IsConnected
        {
            get { return _link.IsConnected; }
        }

        /// <summary>Messages from the hub that were ignored, by reason.</summary>
        public HubFrameRejections Rejections
        {
            get { return _receiver.Rejections; }
        }

        /// <summary>Messages waiting for the link.</summary>
        public OfflineQueue Queue
        {
            get { return _queue; }
        }

        /// <summary>Events sent and waiting for the hub's receipt.</summary>
        public UnreceiptedEvents Unreceipted
        {
            get { return _unreceipted; }
        }

        /// <summary>The reconnect supervisor.</summary>
        public LinkSupervisor Supervisor
        {
            get { return _supervisor; }
        }

        /// <summary>Heartbeats sent since start.</summary>
        public int HeartbeatsSent
        {
            get { return _heartbeatsSent; }
        }

        /// <summary>The sequence number the next frame will carry.</summary>
        public uint NextSequence
        {
            get { return _out.NextSequence; }
        }

        /// <summary>What Status and Heartbeat report as the pipeline state.</summary>
        public PipelineState PipelineState
        {
            get { return _reports.PipelineState; }
            set { _reports.PipelineState = value; }
        }

        /// <summary>Version of the active model, 0 = none (Hello, Status).</summary>
        public uint ModelVersion
        {
            get { return _reports.ModelVersion; }
            set { _reports.ModelVersion = value; }
        }

        /// <summary>Battery charge 0..100 % to report, or 255 = unknown (the board fills it in).</summary>
        public byte BatteryPercent
        {
            get { return _reports.BatteryPercent; }
            set { _reports.BatteryPercent = value; }
        }

        /// <summary>Wills that could not be registered because the transport takes text and the Status frame had no 7-bit form (<see cref="SevenBitWill"/>).</summary>
        public int WillsOmitted
        {
            get { return _willsOmitted; }
        }

        /// <summary>Free managed memory to report, bytes (the board fills it in; 0 = unknown).</summary>
        public uint FreeMemoryBytes
        {
            get { return _reports.FreeMemoryBytes; }
            set { _reports.FreeMemoryBytes = value; }
        }

        /// <summary>Events dropped elsewhere (gesture ring), added to the queue's drops in reports.</summary>
        public int OtherDroppedEvents
        {
            get { return _reports.OtherDroppedEvents; }
            set { _reports.OtherDroppedEvents = value; }
        }

        /// <summary>Heartbeat interval in seconds (from DeviceConfig); 1…65535.</summary>
        public int HeartbeatIntervalSeconds
        {
            get { return _heartbeatIntervalMs / 1000; }
            set { _heartbeatIntervalMs = (value < 1 ? 1 : value) * 1000; }
        }

        /// <summary>Keeps the connection: last will, reconnect on back-off, Status + Hello after a connect, queue drain, heartbeat.</summary>
        /// <returns>True when a connection was (re)established in this call.</returns>
        /// <remarks>While connected, also sends again one event whose receipt is overdue (<see cref="Unreceipted"/>).</remarks>
        public bool Service()
        {
            long now = _clock.UptimeMs;
            bool connectedBefore = _link.IsConnected;
            if (!connectedBefore && now >= _supervisor.NextAttemptMs && _willEncodedForAttemptMs != _supervisor.NextAttemptMs)
            {
                RegisterWill();
                _willEncodedForAttemptMs = _supervisor.NextAttemptMs;
            }

            _supervisor.Service(0);
            bool connected = _link.IsConnected;
            bool justConnected = connected && !_wasConnected;
            _wasConnected = connected;
            if (justConnected)
            {
                _willEncodedForAttemptMs = -1;
                _unreceipted.Postpone(now);
                _out.PublishDirect(LinkChannel.Status, _reports.Status(true));
                PublishReceipted(_reports.Hello(), now);
                _nextHeartbeatMs = now + _heartbeatIntervalMs;
            }

            if (connected)
            {
                _supervisor.Service(DrainPerService);
                if (_unreceipted.Count > 0)
                {
                    int due = _unreceipted.TakeDue(now, out byte[] unreceipted);
                    if (due > 0)
                    {
                        _supervisor.Send(LinkChannel.Event, unreceipted, 0, due);
                    }
                }

                if (now >= _nextHeartbeatMs)
                {
                    _nextHeartbeatMs = now + _heartbeatIntervalMs;
                    if (_out.PublishDirect(LinkChannel.Event, _reports.Heartbeat(now)))
                    {
                        _heartbeatsSent++;
                    }
                }
            }

            return justConnected;
        }

        /// <summary>Publishes the retained Status now if connected (e.g. when the pipeline state changes).</summary>
        /// <returns>True when sent.</returns>
        public bool PublishStatus()
        {
            return _link.IsConnected && _out.PublishDirect(LinkChannel.Status, _reports.Status(true));
        }

        /// <summary>Sends (or queues) a wake candidate; the features array is referenced, not copied, until encoded.</summary>
        /// <param name="score">Q15 wake score.</param>
        /// <param name="voiceEnergy">Voice energy (front-end units).</param>
        /// <param name="ambientEnergy">Ambient energy (front-end units).</param>
        /// <param name="preRollFrames">Frames before the voice onset.</param>
        /// <param name="bands">Bands per frame.</param>
        /// <param name="frames">Frames.</param>
        /// <param name="features">Frame-major features.</param>
        /// <returns>The frame's sequence number (for matching the hub's result).</returns>
        public uint SendWakeCandidate(short score, short voiceEnergy, short ambientEnergy, int preRollFrames, int bands, int frames, sbyte[] features)
        {
            _wake.Score = score;
            _wake.VoiceEnergy = voiceEnergy;
            _wake.AmbientEnergy = ambientEnergy;
            _wake.PreRollFrames = preRollFrames;
            _wake.BandCount = bands;
            _wake.FrameCount = frames;
            _wake.Features = features;
            SendUnanswered(_out.Encode(_wake));
            return _wake.Sequence;
        }

        /// <summary>
        /// Sends the frame that waits for its Result again, byte for byte — same sequence, same time — because no Result
        /// came: the hub worker that took it may have died. That frame is the last wake candidate until a command follows it,
        /// then the command. The hub answers a frame it has answered with the same Result, never with a second round or
        /// classification (docs/scale-out.md, "Nothing lost, nothing doubled"). Only while connected: offline, the frame is
        /// still in the queue.
        /// </summary>
        /// <returns>True when it went out (or into the in-flight queue).</returns>
        public bool ResendUnanswered()
        {
            if (_unansweredLength == 0 || !_link.IsConnected)
            {
                return false;
            }

            _supervisor.Send(LinkChannel.Event, _unanswered, 0, _unansweredLength);
            return true;
        }

        /// <summary>Sends (or queues) the command captured after a wake candidate.</summary>
        /// <param name="replyToSequence">The wake candidate's sequence.</param>
        /// <param name="bands">Bands per frame.</param>
        /// <param name="frames">Frames.</param>
        /// <param name="features">Frame-major features.</param>
        /// <returns>The frame's sequence number.</returns>
        public uint SendCommandFeatures(uint replyToSequence, int bands, int frames, sbyte[] features)
        {
            _command.ReplyToSequence = replyToSequence;
            _command.BandCount = bands;
            _command.FrameCount = frames;
            _command.Features = features;
            SendUnanswered(_out.Encode(_command));
            return _command.Sequence;
        }

        /// <summary>Sends (or queues) a gesture.</summary>
        /// <param name="gesture">Which gesture.</param>
        /// <param name="confidence">Q15 confidence.</param>
        /// <param name="peakMilliG">Peak magnitude.</param>
        /// <returns>The frame's sequence number.</returns>
        public uint SendGesture(GestureKind gesture, short confidence, int peakMilliG)
        {
            _gesture.Gesture = gesture;
            _gesture.Confidence = confidence;
            _gesture.PeakMilliG = (ushort)(peakMilliG < 0 ? 0 : (peakMilliG > 65535 ? 65535 : peakMilliG));
            return SendReceipted(_gesture);
        }

        /// <summary>Sends (or queues) a model-update acknowledgement.</summary>
        /// <param name="modelVersion">The version concerned.</param>
        /// <param name="status">Outcome.</param>
        /// <param name="nextOffset">Bytes stored so far (where the hub resumes).</param>
        /// <returns>The frame's sequence number.</returns>
        public uint SendModelAck(uint modelVersion, ModelAckStatus status, uint nextOffset)
        {
            _ack.ModelVersion = modelVersion;
            _ack.Status = status;
            _ack.NextOffset = nextOffset;
            return SendReceipted(_ack);
        }

        /// <summary>
        /// Takes the next message from the hub that decodes and belongs where it arrived;
        /// everything else is counted in <see cref="Rejections"/> and skipped (<see cref="HubReceiver"/>). A Receipt is
        /// applied here (<see cref="Unreceipted"/>) and counts as a message looked at.
        /// </summary>
        /// <param name="maxMessages">Most messages to look at in this call.</param>
        /// <returns>A Result, DeviceConfig, ModelChunk or Error frame, or null. A ModelChunk's data points into the receive buffer until the next call.</returns>
        public Frame? Poll(int maxMessages)
        {
            for (int i = 0; i < maxMessages; i++)
            {
                Frame? frame = _receiver.Poll(1);
                ReceiptFrame? receipt = frame as ReceiptFrame;
                if (receipt == null)
                {
                    return frame;
                }

                _unreceipted.Confirm(receipt.ReplyToSequence);
            }

            return null;
        }

        /// <summary>
        /// Follows <paramref name="groupId"/>'s result fan-out when the transport can
        /// (<see cref="IGroupLink"/>); repeated calls with the same id do nothing.
        /// </summary>
        /// <param name="groupId">Group id from a DeviceConfig; "" leaves the group.</param>
        /// <returns>True when the transport was told to change group.</returns>
        public bool JoinGroup(string groupId)
        {
            IGroupLink? groupLink = _link as IGroupLink;
            if (groupLink == null || groupId == _groupId)
            {
                return false;
            }

            _groupId = groupId;
            groupLink.JoinGroup(groupId);
            return true;
        }

        /// <summary>The group whose results this watch follows ("" when none).</summary>
        public string GroupId
        {
            get { return _groupId; }
        }

        private void SendUnanswered(int length)
        {
            if (length <= _unanswered.Length)
            {
                System.Array.Copy(_out.Buffer, 0, _unanswered, 0, length);
                _unansweredLength = length;
                _supervisor.Send(LinkChannel.Event, _unanswered, 0, length);
            }
            else
            {
                _unansweredLength = 0; // too large to keep (the queue refuses it too): sent once, never again
                _supervisor.Send(LinkChannel.Event, _out.Buffer, 0, length);
            }
        }

        private uint SendReceipted(Frame frame)
        {
            int length = _out.Encode(frame);
            _unreceipted.Track(frame.Sequence, _out.Buffer, 0, length, _clock.UptimeMs);
            _supervisor.Send(LinkChannel.Event, _out.Buffer, 0, length);
            return frame.Sequence;
        }

        private void PublishReceipted(Frame frame, long nowMs)
        {
            int length = _out.Encode(frame);
            _unreceipted.Track(frame.Sequence, _out.Buffer, 0, length, nowMs);
            _link.Publish(LinkChannel.Event, _out.Buffer, 0, length);
        }

        /// <summary>Encodes the will (Status, offline) and hands it to the transport, if it takes one.</summary>
        public void RegisterWill()
        {
            ILastWillLink? willLink = _link as ILastWillLink;
            if (willLink == null)
            {
                return;
            }

            if (!(_link is ITextWillLink))
            {
                int length = _out.Encode(_reports.Status(false));
                willLink.SetLastWill(_out.Buffer, 0, length);
                return;
            }

            int textLength = SevenBitWill.Encode(_reports.Status(false), _out.NextSequence, _out.Buffer, out uint used);
            if (textLength < 0)
            {
                _willsOmitted++;
                willLink.SetLastWill(_out.Buffer, 0, 0);
                return;
            }

            _out.ContinueAfter(used);
            willLink.SetLastWill(_out.Buffer, 0, textLength);
        }
    }
}
