namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Well-known codes of the Error frame. The field is a plain uint16 on the wire: a
    /// receiver keeps codes it does not know (newer peers may add some) instead of rejecting them.
    /// </summary>
    public enum ErrorCode : ushort
    {
        /// <summary>No specific code.</summary>
        Unspecified = 0,

        /// <summary>A received frame was rejected by the decoder; the message names the <see cref="FrameError"/>.</summary>
        MalformedFrame = 1,

        /// <summary>A frame arrived that the receiver cannot act on in its current state.</summary>
        Unexpected = 2,

        /// <summary>A sensor (microphone, IMU) failed to start or stopped delivering data.</summary>
        SensorFailure = 3,

        /// <summary>An allocation failed or free memory fell below the safe limit.</summary>
        OutOfMemory = 4,

        /// <summary>The offline queue overflowed and events were dropped.</summary>
        QueueOverflow = 5,

        /// <summary>A model could not be loaded or run.</summary>
        ModelFailure = 6,

        /// <summary>The configuration was received but a value was refused.</summary>
        ConfigRejected = 7,
    }
}
