using WearableAI.Firmware.Host.Clr;

namespace WearableAI.Firmware.Tests.NanoClr;

public class InterpreterBudgetTests
{
    // 32 ms of a 240 MHz core at 3 cycles per instruction = 2,560,000 instructions.
    private const long RealTimeStep = 2_560_000;

    [Theory]
    [InlineData(new long[] { RealTimeStep / 2, RealTimeStep / 2 }, 0.032)]              // faster than real time: one block
    [InlineData(new long[] { RealTimeStep * 11, 0, 0 }, 0.032 + 0.32)]                  // a 352 ms step leaves 320 ms waiting
    [InlineData(new long[] { RealTimeStep * 2, RealTimeStep * 2, 0, 0, 0 }, 0.032 + 0.064)] // backlog builds over steps, drains after
    [InlineData(new long[] { RealTimeStep * 3, 0, RealTimeStep * 3 }, 0.032 + 0.064 + 0.032)] // the second burst starts before the first drained
    public void The_audio_ring_must_hold_the_backlog_of_steps_slower_than_real_time(long[] steps, double expectedSeconds)
    {
        Assert.Equal(expectedSeconds, InterpreterBudget.PeakRingSeconds(steps, 3), 6);
    }

    [Fact]
    public void Eight_million_instructions_per_second_take_a_tenth_of_a_core_at_central_calibration()
    {
        Assert.Equal(0.1, InterpreterBudget.CoreShare(8e6, 3), 6);
        Assert.Equal(8e6, InterpreterBudget.PerAudioSecond([128_000, 384_000]), 6);
    }
}
