namespace WearableAI.Firmware.State
{
    /// <summary>The hub's answer to a wake candidate.</summary>
    public enum Verdict
    {
        /// <summary>The wake word is real and this device won arbitration: capture the command.</summary>
        Accepted = 0,

        /// <summary>The hub's model did not hear the wake word (a false trigger of the tiny model).</summary>
        Rejected = 1,

        /// <summary>The wake word is real but another of the user's devices is nearer: stay quiet.</summary>
        StandDown = 2,
    }
}
