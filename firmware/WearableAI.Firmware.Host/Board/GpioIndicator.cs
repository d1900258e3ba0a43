using System.Device.Gpio;
using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Board;

/// <summary>
/// The LED and vibration motor on GPIO lines (System.Device.Gpio, the .NET IoT API that
/// mirrors nanoFramework's). One LED shows every pattern as on/off: lit while the watch listens,
/// waits, captures or shows a result; off at rest and offline. A pulse drives the motor line
/// high for its duration (a timer ends it, so the main loop never waits).
/// </summary>
public sealed class GpioIndicator : IIndicator, IDisposable
{
    private readonly GpioController _controller;
    private readonly BoardPins _pins;
    private readonly Timer _motorOff;

    /// <summary>Opens the LED (and motor) lines as outputs, both off.</summary>
    /// <param name="controller">An open controller for the pins' chip; not owned.</param>
    /// <param name="pins">The lines.</param>
    public GpioIndicator(GpioController controller, BoardPins pins)
    {
        _controller = controller;
        _pins = pins;
        controller.OpenPin(pins.Led, PinMode.Output, LedLevel(false));
        if (pins.Motor >= 0)
        {
            controller.OpenPin(pins.Motor, PinMode.Output, PinValue.Low);
        }

        _motorOff = new Timer(_ => _controller.Write(_pins.Motor, PinValue.Low));
    }

    /// <summary>True when <paramref name="pattern"/> lights the single LED.</summary>
    /// <param name="pattern">A pattern.</param>
    /// <returns>Lit or not.</returns>
    public static bool IsLit(IndicatorPattern pattern) => pattern is not (IndicatorPattern.Off or IndicatorPattern.Offline);

    /// <inheritdoc/>
    public void Show(IndicatorPattern pattern) => _controller.Write(_pins.Led, LedLevel(IsLit(pattern)));

    /// <inheritdoc/>
    public void Pulse(int durationMs)
    {
        if (_pins.Motor < 0 || durationMs <= 0)
        {
            return;
        }

        _controller.Write(_pins.Motor, PinValue.High);
        _motorOff.Change(durationMs, Timeout.Infinite);
    }

    /// <inheritdoc/>
    public void Dispose() => _motorOff.Dispose();

    private PinValue LedLevel(bool lit) => lit != _pins.LedActiveLow ? PinValue.High : PinValue.Low;
}
