using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Board;
using WearableAI.Firmware.Host.Devices;

namespace WearableAI.Firmware.Tests.Host;

public class BoardIoTests
{
    private static readonly BoardPins Pins = BoardPins.Parse("led=17,motor=27,button=22");

    [Fact]
    public void Without_a_gpio_chip_the_watch_uses_the_console_even_when_pins_are_named()
    {
        // This machine (CI, a container) has no /dev/gpiochip*: the real check, not a stand-in.
        IReadOnlyList<string> chips = BoardIo.GpioChips();
        Assert.Empty(chips);
        StringWriter output = new();
        BoardDevices devices = BoardIo.Create(Pins, chips, output, "watch-1");

        Assert.IsType<ConsoleIndicator>(devices.Indicator);
        Assert.Null(devices.Controller);
        Assert.Contains("no GPIO chip", devices.Description);
        devices.Indicator.Show(IndicatorPattern.Listening);
        Assert.Contains("[watch-1] LED Listening", output.ToString());
    }

    [Fact]
    public void Gpio_is_chosen_only_with_pins_named_and_their_chip_present()
    {
        Assert.True(BoardIo.UseGpio(Pins, ["/dev/gpiochip0"], out string reason));
        Assert.Contains("LED 17", reason);
        Assert.False(BoardIo.UseGpio(null, ["/dev/gpiochip0"], out reason));
        Assert.Contains("no --gpio", reason);
        Assert.False(BoardIo.UseGpio(Pins with { Chip = 4 }, ["/dev/gpiochip0"], out reason));
        Assert.Contains("/dev/gpiochip4", reason);
    }

    [Theory]
    [InlineData("led=17", 17, -1, -1, 0, false)]
    [InlineData("led=5, motor=6 ,button=13,chip=1,led-active-low", 5, 6, 13, 1, true)]
    public void The_gpio_option_names_lines_chip_and_polarity(string text, int led, int motor, int button, int chip, bool activeLow)
    {
        Assert.Equal(new BoardPins { Led = led, Motor = motor, Button = button, Chip = chip, LedActiveLow = activeLow }, BoardPins.Parse(text));
    }

    [Theory]
    [InlineData("motor=6", "name the LED")]
    [InlineData("led=x", "'led=x'")]
    [InlineData("led=1,buzzer=2", "unknown item 'buzzer'")]
    public void A_bad_gpio_option_is_refused_with_what_is_wrong(string text, string message)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => BoardPins.Parse(text));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Rest_and_offline_leave_the_single_led_dark_every_activity_lights_it()
    {
        Assert.False(GpioIndicator.IsLit(IndicatorPattern.Off));
        Assert.False(GpioIndicator.IsLit(IndicatorPattern.Offline));
        Assert.All(
            Enum.GetValues<IndicatorPattern>().Except([IndicatorPattern.Off, IndicatorPattern.Offline]),
            p => Assert.True(GpioIndicator.IsLit(p)));
    }
}
