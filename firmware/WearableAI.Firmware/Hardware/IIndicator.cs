namespace WearableAI.Firmware.Hardware
{
    /// <summary>The watch's LED and vibration motor.</summary>
    public interface IIndicator
    {
        /// <summary>Shows <paramref name="pattern"/> on the LED until the next call.</summary>
        /// <param name="pattern">What to show.</param>
        void Show(IndicatorPattern pattern);

        /// <summary>Starts one haptic pulse and returns at once (the board times the pulse).</summary>
        /// <param name="durationMs">Pulse length in milliseconds.</param>
        void Pulse(int durationMs);
    }
}
