using System.Device.Gpio;
using System.Threading;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The red LED (active low on M5StickC-class boards) and the vibration motor (through a
    /// transistor, active high) behind <see cref="IIndicator"/>. One LED shows every pattern as
    /// on/off: lit while the watch listens, waits, captures or shows a result; dark at rest and
    /// offline. A pulse switches the motor on and a one-shot timer switches it off, so the main
    /// loop never waits.
    /// </summary>
    public sealed class GpioIndicator : IIndicator
    {
        private readonly GpioPin _led;
        private readonly GpioPin? _motor;
        private readonly bool _ledActiveLow;
        private readonly Timer _motorOff;

        /// <summary>Opens both pins as outputs, LED dark and motor off.</summary>
        /// <param name="controller">The board's GPIO controller.</param>
        /// <param name="ledPin">LED GPIO.</param>
        /// <param name="ledActiveLow">True when a low level lights the LED.</param>
        /// <param name="motorPin">Motor GPIO, or −1 for none.</param>
        public GpioIndicator(GpioController controller, int ledPin, bool ledActiveLow, int motorPin)
        {
            _ledActiveLow = ledActiveLow;
            _led = controller.OpenPin(ledPin, PinMode.Output);
            _led.Write(Level(false));
            if (motorPin >= 0)
            {
                _motor = controller.OpenPin(motorPin, PinMode.Output);
                _motor.Write(PinValue.Low);
            }

            _motorOff = new Timer(MotorOff, null, Timeout.Infinite, Timeout.Infinite);
        }

        /// <inheritdoc/>
        public void Show(IndicatorPattern pattern)
        {
            _led.Write(Level(pattern != IndicatorPattern.Off && pattern != IndicatorPattern.Offline));
        }

        /// <inheritdoc/>
        public void Pulse(int durationMs)
        {
            GpioPin? motor = _motor;
            if (motor == null || durationMs <= 0)
            {
                return;
            }

            motor.Write(PinValue.High);
            _motorOff.Change(durationMs, Timeout.Infinite);
        }

        private void MotorOff(object? state)
        {
            GpioPin? motor = _motor;
            if (motor != null)
            {
                motor.Write(PinValue.Low);
            }
        }

        private PinValue Level(bool lit)
        {
            return lit != _ledActiveLow ? PinValue.High : PinValue.Low;
        }
    }
}
