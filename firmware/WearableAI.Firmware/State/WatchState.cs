namespace WearableAI.Firmware.State
{
    /// <summary>Where the watch is in the wake-word → command → result cycle.</summary>
    public enum WatchState
    {
        /// <summary>Microphone gate closed; only the voice-activity gate and the gesture detector run.</summary>
        Idle = 0,

        /// <summary>Gate open (voice activity or raise-to-speak): the tiny model listens for the wake word.</summary>
        Listening = 1,

        /// <summary>Wake candidate sent; waiting for the hub to verify and arbitrate.</summary>
        AwaitingVerdict = 2,

        /// <summary>Wake word accepted (or acting alone): capturing the command that follows.</summary>
        CapturingCommand = 3,

        /// <summary>Command sent; waiting for the hub's result.</summary>
        AwaitingResult = 4,

        /// <summary>Showing the result on LED and haptics.</summary>
        ShowingResult = 5,
    }
}
