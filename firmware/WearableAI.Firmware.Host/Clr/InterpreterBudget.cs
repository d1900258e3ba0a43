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

    /// <summary>
    /// Native kernel code (C++ built <c>-Os</c>, no vectorisation, as the ESP32-S3 image builds it): ESP32-S3 cycles per
    /// x86-64 instruction of the same code built the same way here — low end, central, high end. The kit's
    /// architecture estimate (Xtensa LX7 needs 1.2–2× the instructions of x86-64 at 0.6–0.9 instructions per cycle:
    /// 1.3–3.3); the kernels' 64-bit products (FFT, requantisation) take several Xtensa instructions each, one on
    /// x86-64, hence the central 2 rather than the middle of the range. Not measured on a device.
    /// </summary>
    public static readonly double[] NativeCyclesPerInstruction = [1.3, 2, 3.3];

    /// <summary>The central native calibration.</summary>
    public const double NativeCentralCycles = 2;

    /// <summary>
    /// Steps as cycles of one core: interpreter instructions (the step's count less its native part) at
    /// <paramref name="cyclesPerInstruction"/>, native ones at <paramref name="nativeCyclesPerInstruction"/>.
    /// </summary>
    /// <param name="steps">Counts of consecutive steps (native part included).</param>
    /// <param name="nativeSteps">The native part of each (same length), or null for none.</param>
    /// <param name="cyclesPerInstruction">Interpreter calibration.</param>
    /// <param name="nativeCyclesPerInstruction">Native calibration.</param>
    /// <returns>Cycles per step.</returns>
    public static double[] StepCycles(IReadOnlyList<long> steps, IReadOnlyList<long>? nativeSteps, double cyclesPerInstruction, double nativeCyclesPerInstruction)
    {
        double[] cycles = new double[steps.Count];
        for (int i = 0; i < cycles.Length; i++)
        {
            long native = nativeSteps == null ? 0 : nativeSteps[i];
            cycles[i] = ((steps[i] - native) * cyclesPerInstruction) + (native * nativeCyclesPerInstruction);
        }

        return cycles;
    }

    /// <summary>As <see cref="PeakRingSeconds"/>, on steps given in cycles (<see cref="StepCycles"/>).</summary>
    /// <param name="stepCycles">Cycles of consecutive steps.</param>
    /// <returns>Peak ring content in seconds of audio.</returns>
    public static double PeakRingSecondsOfCycles(IEnumerable<double> stepCycles)
    {
        double backlog = 0;
        double peak = 0;
        foreach (double cycles in stepCycles)
        {
            backlog = Math.Max(0, backlog + (cycles / CoreHz) - StepSeconds);
            peak = Math.Max(peak, backlog);
        }

        return peak + StepSeconds;
    }

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
    public static double PeakRingSeconds(IEnumerable<long> steps, double cyclesPerInstruction) =>
        PeakRingSecondsOfCycles(steps.Select(step => step * cyclesPerInstruction));
}
