namespace WearableAI.Firmware.Hardware
{
    /// <summary>
    /// The topic channels of one device (DESIGN.md wire contract, <c>wai/v1/dev/&lt;deviceId&gt;/…</c>
    /// and <c>wai/v1/grp/&lt;groupId&gt;/…</c>). The link adapter turns a channel into its topic
    /// string once, so per-message code handles no strings.
    /// </summary>
    public enum LinkChannel
    {
        /// <summary>Device status (retained, with last will). Watch → hub.</summary>
        Status = 0,

        /// <summary>Events: wake candidates, gestures, commands. Watch → hub.</summary>
        Event = 1,

        /// <summary>Verdicts and results for this device. Hub → watch.</summary>
        Result = 2,

        /// <summary>Model update chunks. Hub → watch.</summary>
        Model = 3,

        /// <summary>Configuration (thresholds, options). Hub → watch.</summary>
        Config = 4,

        /// <summary>Group fan-out: results of the user's other devices. Hub → watch.</summary>
        Group = 5,
    }
}
