namespace WearableAI.Shared.Protocol
{
    /// <summary>Progress or outcome of a model rollout, reported by the watch in a ModelAck frame.</summary>
    public enum ModelAckStatus : byte
    {
        /// <summary>The chunk was stored; the next expected offset says where to continue.</summary>
        ChunkOk = 1,

        /// <summary>The whole blob arrived, passed its CRC and self-test, and is now active.</summary>
        Installed = 2,

        /// <summary>The CRC-32 of the assembled blob did not match; the rollout restarts at offset 0.</summary>
        RejectedCrc = 3,

        /// <summary>The version is not the one expected by the configuration, or older than the active one.</summary>
        RejectedVersion = 4,

        /// <summary>The blob loaded but failed the on-device self-test (golden vector); the old model stays.</summary>
        RejectedSelfTest = 5,

        /// <summary>The new model misbehaved after installation and the previous one was restored.</summary>
        RolledBack = 6,

        /// <summary>The blob does not fit in the device's model storage.</summary>
        RejectedTooLarge = 7,

        /// <summary>The chunk's offset was not the next expected one; resend from the offset in the ack.</summary>
        OutOfOrder = 8,
    }
}
