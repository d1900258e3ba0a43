using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// What the watch says about itself: Hello (capabilities, after every connect), Status (retained online;
    /// offline as the last will) and Heartbeat — all filled from one set of device figures. The three frame
    /// objects are allocated once and refilled for each report.
    /// </summary>
    public sealed class DeviceReports
    {
        private readonly OfflineQueue _queue;
        private readonly HelloFrame _hello = new HelloFrame();
        private readonly StatusFrame _status = new StatusFrame();
        private readonly HeartbeatFrame _heartbeat = new HeartbeatFrame();

        /// <summary>Fixes what Hello reports of the board.</summary>
        /// <param name="identity">Board, firmware, capabilities, op budget.</param>
        /// <param name="queue">The offline queue whose depth and drops are reported.</param>
        public DeviceReports(DeviceIdentity identity, OfflineQueue queue)
        {
            _queue = queue;
            _hello.BoardName = identity.BoardName;
            _hello.FirmwareVersion = identity.FirmwareVersion;
            _hello.Capabilities = identity.Capabilities;
            _hello.OpBudgetPerSecond = identity.OpBudgetPerSecond;
        }

        /// <summary>What Status and Heartbeat report as the pipeline state.</summary>
        public PipelineState PipelineState { get; set; } = PipelineState.Starting;

        /// <summary>Version of the active model, 0 = none (Hello, Status).</summary>
        public uint ModelVersion { get; set; }

        /// <summary>Battery charge 0..100 %, or <see cref="ProtocolLimits.BatteryUnknown"/> (the board fills it in).</summary>
        public byte BatteryPercent { get; set; } = ProtocolLimits.BatteryUnknown;

        /// <summary>Free managed memory to report, bytes (0 = unknown).</summary>
        public uint FreeMemoryBytes { get; set; }

        /// <summary>Events dropped elsewhere (gesture ring), added to the queue's drops.</summary>
        public int OtherDroppedEvents { get; set; }

        /// <summary>The Status frame, filled (sequence and time are stamped by the sender).</summary>
        /// <param name="online">True for the retained online status, false for the last will.</param>
        /// <returns>The one Status frame object.</returns>
        public StatusFrame Status(bool online)
        {
            _status.Online = online;
            _status.BatteryPercent = BatteryPercent;
            _status.PipelineState = PipelineState;
            _status.FreeMemoryBytes = FreeMemoryBytes;
            _status.ModelVersion = ModelVersion;
            _status.DroppedEvents = DroppedEvents();
            return _status;
        }

        /// <summary>The Hello frame, filled.</summary>
        /// <returns>The one Hello frame object.</returns>
        public HelloFrame Hello()
        {
            _hello.ModelVersion = ModelVersion;
            _hello.BatteryPercent = BatteryPercent;
            _hello.FreeMemoryBytes = FreeMemoryBytes;
            return _hello;
        }

        /// <summary>The Heartbeat frame, filled.</summary>
        /// <param name="uptimeMs">Uptime now.</param>
        /// <returns>The one Heartbeat frame object.</returns>
        public HeartbeatFrame Heartbeat(long uptimeMs)
        {
            _heartbeat.UptimeSeconds = (uint)(uptimeMs / 1000);
            _heartbeat.BatteryPercent = BatteryPercent;
            _heartbeat.FreeMemoryBytes = FreeMemoryBytes;
            _heartbeat.OfflineQueueDepth = (ushort)_queue.Count;
            _heartbeat.DroppedEvents = DroppedEvents();
            return _heartbeat;
        }

        private uint DroppedEvents()
        {
            return (uint)(_queue.DroppedCount + _queue.RejectedCount + OtherDroppedEvents);
        }
    }
}
