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
    public void Native_kernel_instructions_convert_at_their_own_factor_and_the_rest_at_the_interpreters()
    {
        // 1 M instructions in a step, 400 k of them native: 600 k × 3 + 400 k × 2 cycles.
        double[] cycles = InterpreterBudget.StepCycles([1_000_000, 500_000], [400_000, 0], 3, 2);

        Assert.Equal([2_600_000, 1_500_000], cycles);
        Assert.Equal(InterpreterBudget.PeakRingSeconds([1_000_000, 500_000], 3), InterpreterBudget.PeakRingSecondsOfCycles(InterpreterBudget.StepCycles([1_000_000, 500_000], null, 3, 2)), 9);
    }

    [Theory]
    [InlineData("WearableAI_Kernels::WearableAI_Kernels::FrontEndNative::Frame(CLR_RT_TypedArray<int, (CLR_DataType)7>, int&)", true)]
    [InlineData("WaiKernels::Transform(int const*, int, int const*, int const*, int const*, int*, int*, int*, int*)", true)]
    [InlineData("Library_WearableAI_Kernels_WearableAI_Kernels_FrontEndNative::Frame___STATIC__I4__SZARRAY_I4(CLR_RT_StackFrame&)", false)]
    [InlineData("CLR_RT_Thread::Execute_IL(CLR_RT_StackFrame&)", false)]
    public void Only_the_kernels_own_code_counts_as_native_not_the_generated_marshalling_or_the_interpreter(string function, bool native)
    {
        Assert.Equal(native, ClrStepCounts.IsNativeKernel(function));
    }

    [Fact]
    public void Eight_million_instructions_per_second_take_a_tenth_of_a_core_at_central_calibration()
    {
        Assert.Equal(0.1, InterpreterBudget.CoreShare(8e6, 3), 6);
        Assert.Equal(8e6, InterpreterBudget.PerAudioSecond([128_000, 384_000]), 6);
    }
}
