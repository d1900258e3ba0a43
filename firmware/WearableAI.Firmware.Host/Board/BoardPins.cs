using System.Globalization;

namespace WearableAI.Firmware.Host.Board;

/// <summary>
/// Which GPIO lines of a Linux board carry the watch's LED, vibration motor and button
/// (<c>--gpio led=17,motor=27,button=22[,chip=0][,led-active-low]</c>). Line numbers are the
/// GPIO chip's offsets (as <c>gpioinfo</c> lists them), not header pin numbers.
/// </summary>
public sealed record BoardPins
{
    /// <summary>LED line.</summary>
    public int Led { get; init; } = -1;

    /// <summary>Vibration motor line (through a transistor), or −1 when the board has none.</summary>
    public int Motor { get; init; } = -1;

    /// <summary>Button line (to ground, the internal pull-up used), or −1 when the board has none.</summary>
    public int Button { get; init; } = -1;

    /// <summary>GPIO chip number (<c>/dev/gpiochipN</c>).</summary>
    public int Chip { get; init; }

    /// <summary>The LED lights on a low level (wired to 3.3 V through its resistor).</summary>
    public bool LedActiveLow { get; init; }

    /// <summary>Parses the <c>--gpio</c> value.</summary>
    /// <param name="text">Comma-separated <c>key=value</c> items: led, motor, button, chip, and the flag led-active-low.</param>
    /// <returns>The pins.</returns>
    /// <exception cref="ArgumentException">An item is unknown, a number is invalid, or no LED is named.</exception>
    public static BoardPins Parse(string text)
    {
        BoardPins pins = new();
        foreach (string item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (item == "led-active-low")
            {
                pins = pins with { LedActiveLow = true };
                continue;
            }

            string[] parts = item.Split('=', 2);
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int line) || line > 1023)
            {
                throw new ArgumentException($"--gpio: '{item}' is not key=line (a line number 0–1023)");
            }

            pins = parts[0] switch
            {
                "led" => pins with { Led = line },
                "motor" => pins with { Motor = line },
                "button" => pins with { Button = line },
                "chip" => pins with { Chip = line },
                _ => throw new ArgumentException($"--gpio: unknown item '{parts[0]}' (led, motor, button, chip, led-active-low)"),
            };
        }

        if (pins.Led < 0)
        {
            throw new ArgumentException("--gpio: name the LED line (led=N)");
        }

        return pins;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"chip {Chip}: LED {Led}{(LedActiveLow ? " (active low)" : string.Empty)}, motor {(Motor < 0 ? "none" : Motor)}, button {(Button < 0 ? "none" : Button)}";
}
