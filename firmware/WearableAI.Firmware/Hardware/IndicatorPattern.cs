namespace WearableAI.Firmware.Hardware
{
    /// <summary>What the watch LED shows; each board maps these to its own colours and blinking.</summary>
    public enum IndicatorPattern
    {
        /// <summary>LED off.</summary>
        Off = 0,

        /// <summary>Microphone gate open, the tiny model is listening.</summary>
        Listening = 1,

        /// <summary>Wake candidate sent, waiting for the hub's verdict.</summary>
        Thinking = 2,

        /// <summary>Capturing the command after the wake word.</summary>
        Capturing = 3,

        /// <summary>A verified result from the hub.</summary>
        Result = 4,

        /// <summary>A result from the tiny model alone while the hub is silent (unverified).</summary>
        UnverifiedResult = 5,

        /// <summary>The hub rejected or stood down a wake candidate; boards render it as a brief flash over the next state.</summary>
        Rejected = 6,

        /// <summary>No hub connection.</summary>
        Offline = 7,
        /// <summary>Another device of the user's group got a result (hub fan-out); a brief flash while idle.</summary>
        GroupResult = 8,
    }
}
