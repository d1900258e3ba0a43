namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// The kind byte of a frame header (offset 1): which message the payload holds.
    /// Values are part of the wire contract (docs/protocol.md); never renumber them.
    /// </summary>
    public enum FrameKind : byte
    {
        /// <summary>Watch → hub, first frame after every connect: what the device is and can do.</summary>
        Hello = 1,

        /// <summary>Watch → hub on the retained status topic; also the MQTT last will (offline).</summary>
        Status = 2,

        /// <summary>Watch → hub, periodic sign of life with counters.</summary>
        Heartbeat = 3,

        /// <summary>Watch → hub: the tiny model fired; int8 features of ~1.5 s incl. pre-roll.</summary>
        WakeCandidate = 4,

        /// <summary>Watch → hub: features of the command spoken after a wake candidate.</summary>
        CommandFeatures = 5,

        /// <summary>Watch → hub: a wrist gesture was detected.</summary>
        Gesture = 6,

        /// <summary>Hub → watch (and fanned out to the group): the verdict on a wake candidate or command.</summary>
        Result = 7,

        /// <summary>Hub → watch: one piece of a model blob.</summary>
        ModelChunk = 8,

        /// <summary>Watch → hub: progress or outcome of a model rollout.</summary>
        ModelAck = 9,

        /// <summary>Hub → watch (retained): per-device settings.</summary>
        DeviceConfig = 10,

        /// <summary>Either direction: something went wrong, with a short text for logs.</summary>
        Error = 11,

        /// <summary>Hub → watch: an event without an answer of its own (Hello, Gesture, ModelAck, Error) was stored and handled.</summary>
        Receipt = 12,
    }
}
