using System.Device.Gpio;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Board;

/// <summary>
/// A push button to ground on a GPIO line with the internal pull-up: every falling edge at
/// least <see cref="DebounceMs"/> after the previous one counts as a press (contact bounce is
/// shorter). The count is read by the main loop; the edge callback only increments it.
/// </summary>
public sealed class GpioButton : IButton
{
    /// <summary>Edges closer than this to the last counted press are bounce.</summary>
    public const int DebounceMs = 50;

    private readonly GpioController _controller;
    private readonly int _pin;
    private int _presses;
    private long _lastPressTicks = long.MinValue / 2;

    /// <summary>Opens the line as an input with pull-up and listens for falling edges.</summary>
    /// <param name="controller">An open controller; not owned.</param>
    /// <param name="pin">The button's line.</param>
    public GpioButton(GpioController controller, int pin)
    {
        _controller = controller;
        _pin = pin;
        controller.OpenPin(pin, PinMode.InputPullUp);
        controller.RegisterCallbackForPinValueChangedEvent(pin, PinEventTypes.Falling, OnFalling);
    }

    /// <inheritdoc/>
    public bool IsPressed => _controller.Read(_pin) == PinValue.Low;

    /// <inheritdoc/>
    public int PressCount => Volatile.Read(ref _presses);

    private void OnFalling(object sender, PinValueChangedEventArgs e)
    {
        long now = Environment.TickCount64;
        if (now - _lastPressTicks < DebounceMs)
        {
            return;
        }

        _lastPressTicks = now;
        Interlocked.Increment(ref _presses);
    }
}
