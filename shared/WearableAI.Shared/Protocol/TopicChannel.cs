namespace WearableAI.Shared.Protocol
{
    /// <summary>The last level of a topic: what flows on it (docs/protocol.md, "Topics").</summary>
    public enum TopicChannel : byte
    {
        /// <summary>Device → hub, retained, also the last will: Status frames.</summary>
        Status = 1,

        /// <summary>Device → hub: Hello, Heartbeat, WakeCandidate, CommandFeatures, Gesture, ModelAck, Error.</summary>
        Event = 2,

        /// <summary>Hub → device (and hub → group): Result and Error frames.</summary>
        Result = 3,

        /// <summary>Hub → device: ModelChunk frames.</summary>
        Model = 4,

        /// <summary>Hub → device, retained: DeviceConfig frames.</summary>
        Config = 5,
    }
}
