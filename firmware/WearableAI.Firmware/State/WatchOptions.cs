namespace WearableAI.Firmware.State
{
    /// <summary>
    /// Timeouts and options of <see cref="WatchStateMachine"/>. Plain data: the hub may push new
    /// values on the config channel; call <see cref="Validate"/> after changing fields.
    /// </summary>
    public sealed class WatchOptions
    {
        /// <summary>Longest wait for the hub's verdict; after it the hub counts as silent and the watch acts alone.</summary>
        public int VerdictTimeoutMs = 1500;

        /// <summary>
        /// While the verdict is awaited, the wake candidate is sent again (same sequence) every this many milliseconds
        /// without one, at most <see cref="VerdictResends"/> times: a hub worker that died holding it answers nothing,
        /// the re-sent copy reaches a live one, and the hub answers a copy with the same verdict. The command, while its
        /// result is awaited, likewise.
        /// </summary>
        public int VerdictResendMs = 500;

        /// <summary>How many times a wake candidate (command) is re-sent within the verdict (result) wait (0 = never); 2 with the defaults: at 0.5 s and 1 s of 1.5 s (2 s).</summary>
        public int VerdictResends = 2;

        /// <summary>Longest wait for the command after an accepted wake word.</summary>
        public int CommandTimeoutMs = 3000;

        /// <summary>Longest wait for the hub's result; after it the tiny model's own command is shown, unverified.</summary>
        public int ResultTimeoutMs = 2000;

        /// <summary>How long a result stays on show.</summary>
        public int ShowResultMs = 3000;

        /// <summary>Raise-to-speak: a wrist raise opens the microphone gate without voice activity.</summary>
        public bool RaiseToSpeak = true;

        /// <summary>How long a wrist raise keeps the microphone gate open.</summary>
        public int RaiseListenMs = 5000;

        /// <summary>Throws when a value is out of range.</summary>
        public void Validate()
        {
            Positive(VerdictTimeoutMs, nameof(VerdictTimeoutMs));
            Positive(CommandTimeoutMs, nameof(CommandTimeoutMs));
            Positive(ResultTimeoutMs, nameof(ResultTimeoutMs));
            Positive(ShowResultMs, nameof(ShowResultMs));
            Positive(RaiseListenMs, nameof(RaiseListenMs));
            Positive(VerdictResendMs, nameof(VerdictResendMs));
            if (VerdictResends < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(VerdictResends));
            }
        }

        private static void Positive(int value, string name)
        {
            if (value <= 0)
            {
                throw new System.ArgumentOutOfRangeException(name);
            }
        }
    }
}
