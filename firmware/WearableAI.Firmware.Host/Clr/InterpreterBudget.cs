namespace WearableAI.Firmware.Host.Clr;

/// <summary>
/// From nanoCLR x86 instruction counts per 32 ms step to what an ESP32-S3 core would do with them
/// (the kit's calibration: 2–6 ESP32 cycles per interpreter x86 instruction, 3 central, on one 240 MHz core).
/// Pure functions.
/// </summary>
public static class InterpreterBudget
{
    /// <summary>One ESP32-S3 core.</summary>
    public const double CoreHz = 240e6;

    /// <summary>Audio per step.</summary>
    public const double StepSeconds = 0.032;

    /// <summary>The kit's calibration: low end, central, high end (cycles per x86 instruction).</summary>
    public static readonly double[] CyclesPerInstruction = [2, 3, 6];

    /// <summary>The central calibration.</summary>
    public const double CentralCycles = 3;

    /// <summary>x86 instructions per second of audio.</summary>
    /// <param name="steps">Counts of consecutive 32 ms steps.</param>
    public static double PerAudioSecond(IReadOnlyCollection<long> steps) =>
        steps.Count == 0 ? 0 : steps.Sum() / (steps.Count * StepSeconds);

    /// <summary>Share of one core (1 = 100 %) that <paramref name="instructionsPerSecond"/> takes.</summary>
    /// <param name="instructionsPerSecond">x86 instructions per second of audio.</param>
    /// <param name="cyclesPerInstruction">The calibration.</param>
    public static double CoreShare(double instructionsPerSecond, double cyclesPerInstruction) =>
        instructionsPerSecond * cyclesPerInstruction / CoreHz;

    /// <summary>
    /// The most audio (seconds) an audio ring must hold while the watch works through
    /// <paramref name="steps"/>: audio arrives in real time, each step takes its instructions × cycles / 240 MHz
    /// and consumes 32 ms of audio; the backlog grows when a step takes longer than 32 ms and drains at the
    /// rate the steps run faster than real time. The block being filled (32 ms) counts too.
    /// </summary>
    /// <param name="steps">Counts of consecutive steps.</param>
    /// <param name="cyclesPerInstruction">The calibration.</param>
    /// <returns>Peak ring content in seconds of audio.</returns>
    public static double PeakRingSeconds(IEnumerable<long> steps, double cyclesPerInstruction)
    {
        double backlog = 0;
        double peak = 0;
        foreach (long step in steps)
        {
            double busy = step * cyclesPerInstruction / CoreHz;
            backlog = Math.Max(0, backlog + busy - StepSeconds);
            peak = Math.Max(peak, backlog);
        }

        return peak + StepSeconds;
    }
}
