namespace WearableAI.Firmware.Listening
{
    /// <summary>What one feature frame completed in an <see cref="UtteranceCapture"/>.</summary>
    public enum CaptureEvent
    {
        /// <summary>Nothing to act on.</summary>
        None = 0,

        /// <summary>A trigger froze the wake window; command capture starts with the next frame.</summary>
        WakeTriggered = 1,

        /// <summary>The command after the trigger is complete.</summary>
        CommandCompleted = 2,
    }
}
