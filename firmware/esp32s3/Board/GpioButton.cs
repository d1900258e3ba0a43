using System.Device.Gpio;
using System.Threading;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// Button A (to ground, the internal pull-up used) behind <see cref="IButton"/>. The GPIO
    /// driver debounces (<see cref="GpioPin.DebounceTimeout"/>); each falling edge counts one press.
    /// The event handler only increments the count; the main loop reads it.
    /// </summary>
    public sealed class GpioButton : IButton
    {
        /// <summary>Contact bounce shorter than this is filtered by the driver.</summary>
        public const int DebounceMs = 50;

        private readonly GpioPin _pin;
        private int _presses;

        /// <summary>Opens <paramref name="pin"/> as an input with pull-up and listens for presses.</summary>
        /// <param name="controller">The board's GPIO controller.</param>
        /// <param name="pin">Button GPIO.</param>
        public GpioButton(GpioController controller, int pin)
        {
            _pin = controller.OpenPin(pin, PinMode.InputPullUp);
            _pin.DebounceTimeout = new System.TimeSpan(0, 0, 0, 0, DebounceMs);
            _pin.ValueChanged += OnValueChanged;
        }

        /// <inheritdoc/>
        public bool IsPressed
        {
            get { return _pin.Read() == PinValue.Low; }
        }

        /// <inheritdoc/>
        public int PressCount
        {
            get { return _presses; }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            if (e.ChangeType == PinEventTypes.Falling)
            {
                Interlocked.Increment(ref _presses);
            }
        }
    }
}
