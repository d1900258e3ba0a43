using System.Device.Gpio;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// <see cref="IIndicator"/> on the T-Watch S3, which has no LED: the display backlight is the
    /// status light (lit while the watch listens, waits, captures or shows a result; dark at rest and
    /// offline) and the DRV2605L plays the pulses. A display driver (ST7789 over SPI) is not part of
    /// this adapter; until there is one the backlight shows an unpainted panel.
    /// </summary>
    public sealed class WatchIndicator : IIndicator
    {
        private readonly GpioPin _backlight;
        private readonly Drv2605Haptics? _haptics;

        /// <summary>Opens the backlight pin, dark.</summary>
        /// <param name="controller">The board's GPIO controller.</param>
        /// <param name="backlightPin">Backlight GPIO (high = lit).</param>
        /// <param name="haptics">The haptic driver, or null when it did not answer.</param>
        public WatchIndicator(GpioController controller, int backlightPin, Drv2605Haptics? haptics)
        {
            _backlight = controller.OpenPin(backlightPin, PinMode.Output);
            _backlight.Write(PinValue.Low);
            _haptics = haptics;
        }

        /// <inheritdoc/>
        public void Show(IndicatorPattern pattern)
        {
            _backlight.Write(pattern != IndicatorPattern.Off && pattern != IndicatorPattern.Offline ? PinValue.High : PinValue.Low);
        }

        /// <inheritdoc/>
        public void Pulse(int durationMs)
        {
            Drv2605Haptics? haptics = _haptics;
            if (haptics != null && durationMs > 0)
            {
                haptics.Pulse(durationMs);
            }
        }
    }
}
