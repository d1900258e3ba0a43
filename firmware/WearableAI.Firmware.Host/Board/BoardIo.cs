using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Devices;
using WearableAI.Firmware.Host.Simulation;

namespace WearableAI.Firmware.Host.Board;

/// <summary>
/// Chooses the LED, motor and button of a host watch: GPIO (<see cref="GpioIndicator"/>,
/// <see cref="GpioButton"/>) when pins are named and the board has a GPIO chip
/// (<c>/dev/gpiochip*</c>), the console otherwise — a PC, a container, or a board without the
/// option runs the same watch.
/// </summary>
public static class BoardIo
{
    /// <summary>The GPIO character devices present (<c>/dev/gpiochip*</c>); empty on a PC without them.</summary>
    public static IReadOnlyList<string> GpioChips() =>
        Directory.Exists("/dev") ? Directory.GetFiles("/dev", "gpiochip*").Order(StringComparer.Ordinal).ToArray() : [];

    /// <summary>The decision alone: GPIO only with pins named and their chip present.</summary>
    /// <param name="pins">Pins from <c>--gpio</c>, or null.</param>
    /// <param name="chips">GPIO chip devices present.</param>
    /// <param name="reason">Why, for the start-up line.</param>
    /// <returns>True for GPIO, false for the console.</returns>
    public static bool UseGpio(BoardPins? pins, IReadOnlyList<string> chips, out string reason)
    {
        if (pins is null)
        {
            reason = "console LED and motor (no --gpio)";
            return false;
        }

        string chip = $"/dev/gpiochip{pins.Chip}";
        if (!chips.Contains(chip))
        {
            reason = chips.Count == 0
                ? $"console LED and motor: --gpio given but this machine has no GPIO chip (/dev/gpiochip*)"
                : $"console LED and motor: --gpio names {chip}, present are {string.Join(", ", chips)}";
            return false;
        }

        reason = $"GPIO {pins}";
        return true;
    }

    /// <summary>Builds the indicator and button the decision picks; GPIO lines are opened here.</summary>
    /// <param name="pins">Pins from <c>--gpio</c>, or null.</param>
    /// <param name="chips">GPIO chip devices present (normally <see cref="GpioChips"/>).</param>
    /// <param name="output">Console output for the console indicator and the start-up line.</param>
    /// <param name="deviceId">Prefix of console lines.</param>
    /// <returns>The indicator, the button (a simulated one on the console) and what was chosen.</returns>
    public static BoardDevices Create(BoardPins? pins, IReadOnlyList<string> chips, TextWriter output, string deviceId)
    {
        if (!UseGpio(pins, chips, out string reason))
        {
            return new BoardDevices(new ConsoleIndicator(output, deviceId), new SimulatedButton(), null, reason);
        }

        BoardPins gpio = pins!;
        System.Device.Gpio.GpioController controller = new(new System.Device.Gpio.Drivers.LibGpiodDriver(gpio.Chip));
        IButton button = gpio.Button < 0 ? new SimulatedButton() : new GpioButton(controller, gpio.Button);
        return new BoardDevices(new GpioIndicator(controller, gpio), button, controller, reason);
    }
}

/// <summary>What <see cref="BoardIo.Create"/> built.</summary>
/// <param name="Indicator">LED and motor.</param>
/// <param name="Button">The button.</param>
/// <param name="Controller">The GPIO controller to dispose, or null on the console.</param>
/// <param name="Description">One line saying what was chosen and why.</param>
public sealed record BoardDevices(IIndicator Indicator, IButton Button, IDisposable? Controller, string Description);
