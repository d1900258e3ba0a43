namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The wiring of the M5StickC Plus2-class watch (README.md, "Wiring"): every GPIO number the
    /// adapter uses, in one place. Check your board's schematic and change them here only.
    /// </summary>
    public static class WatchPins
    {
        /// <summary>PDM microphone clock (SPM1423 CLK), driven as the I2S1 word-select line.</summary>
        public const int MicrophoneClock = 0;

        /// <summary>PDM microphone data (SPM1423 DATA), I2S1 data in.</summary>
        public const int MicrophoneData = 34;

        /// <summary>I2S bus of the microphone.</summary>
        public const int MicrophoneBus = 1;

        /// <summary>IMU (MPU6886) I2C data.</summary>
        public const int ImuData = 21;

        /// <summary>IMU I2C clock.</summary>
        public const int ImuClock = 22;

        /// <summary>I2C bus of the IMU.</summary>
        public const int ImuBus = 1;

        /// <summary>Red LED, lit by a low level.</summary>
        public const int Led = 19;

        /// <summary>The LED is active low.</summary>
        public const bool LedActiveLow = true;

        /// <summary>Vibration motor through a transistor, on at a high level.</summary>
        public const int Motor = 26;

        /// <summary>Button A, to ground (internal pull-up).</summary>
        public const int Button = 37;
    }
}
