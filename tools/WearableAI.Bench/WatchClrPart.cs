using System.Globalization;
using System.Reflection;
using WearableAI.Firmware.Host.Clr;
using WearableAI.Tools;

namespace WearableAI.Bench;

/// <summary>
/// The watch budgets in interpreter instructions (`--only watch-clr`): the bench program of
/// firmware/WearableAI.Watch.Clr — the firmware core over 10 s of idle noise, 10 s of speech and an
/// utterance from the noise floor — converted by the kit's MetadataProcessor and counted on nanoCLR with the
/// kit's measure.sh (per 32 ms step, <see cref="ClrStepCounts"/>). Figures: x86 instructions per second of
/// audio idle and with speech, the largest single step, each as a share of a 240 MHz core at 2, 3 and 6
/// cycles per instruction, and the audio ring the steps need (no audio lost with a 1 s ring); for both paths: the
/// C# kernels (the kit's own nanoCLR) and the native kernels (a nanoCLR built with firmware/native), whose C++ code
/// is counted apart and converted with its own factor (<see cref="InterpreterBudget.NativeCyclesPerInstruction"/>).
/// </summary>
public static class WatchClrPart
{
    /// <summary>The audio ring the ESP32-S3 adapter configures (issue #13: I2S ring ≥ 1 s).</summary>
    public const double RingSeconds = 1.0;

    /// <summary>Measures both paths: the C# kernels (the kit's nanoCLR) and the native kernels (a nanoCLR with WearableAI.Kernels).</summary>
    /// <param name="progress">Progress lines.</param>
    public static IEnumerable<BudgetRow> Measure(Action<string> progress)
    {
        string root = RepositoryRoot.Find();
        progress("watch-clr: building the nanoFramework kit (../shared/nanoframework) if needed");
        NanoFrameworkKit kit = NanoFrameworkKit.Open(root);
        string configuration = typeof(WatchClrPart).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string folder = Path.Combine(Path.GetTempPath(), "wai-bench-clr-" + Environment.ProcessId);
        try
        {
            ClrProgram program = ClrProgram.Convert(kit, root, "Bench", configuration, folder);
            progress("watch-clr: C# path: counting every 32 ms step on nanoCLR under valgrind (26 s of audio; 2–4 min)");
            ClrStepCounts managed = ClrStepCounts.Measure(kit, program.Assemblies);
            progress("watch-clr: building the native kernels into nanoCLR (firmware/native/build-kernels.sh; ~1.5 min the first time)");
            string nativeClr = NativeKernelsBuild.Build(kit, root, program);
            progress("watch-clr: native kernels: counting every 32 ms step (~1 min)");
            ClrStepCounts native = ClrStepCounts.Measure(kit, program.Assemblies, nativeClr);
            return [.. Rows(managed, "C# path"), .. Rows(native, "native kernels")];
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The report rows of one path's counts.</summary>
    /// <param name="counts">Per-step counts.</param>
    /// <param name="path">"C# path" or "native kernels".</param>
    public static IEnumerable<BudgetRow> Rows(ClrStepCounts counts, string path)
    {
        const string Source = "nanoCLR (kit, posix build) x86 instructions per 32 ms step, measure.sh's callgrind count cut at each step";
        string[] scenarios = [.. counts.Steps.Keys];
        bool native = counts.NativeSteps.Values.Any(s => s.Any(n => n > 0));
        string how = native
            ? $"; native kernel code counted apart and converted at {InterpreterBudget.NativeCentralCycles} cycles per x86 instruction (-Os; range {string.Join("–", InterpreterBudget.NativeCyclesPerInstruction)}): the value is the interpreter-equivalent M/s at 3 cycles"
            : "";
        if (path.Contains("native", StringComparison.Ordinal) && counts.Kernels != "kernels native")
        {
            throw new InvalidOperationException($"the bench program did not use the native kernels on the interop nanoCLR (it says \"{counts.Kernels}\")");
        }

        // Per scenario, cycles per step at each end of both calibrations (low, central, high), and at the central one
        // expressed as interpreter instructions (cycles / 3), so that the budgets in interpreter M/s apply to both paths.
        double[] Cycles(string scenario, int end) => InterpreterBudget.StepCycles(counts.Steps[scenario], counts.NativeSteps[scenario],
            InterpreterBudget.CyclesPerInstruction[end], InterpreterBudget.NativeCyclesPerInstruction[end]);
        double PerSecond(string scenario, int end) => Cycles(scenario, end).Sum() / (counts.Steps[scenario].Length * InterpreterBudget.StepSeconds);
        double Equivalent(string scenario) => PerSecond(scenario, 1) / InterpreterBudget.CentralCycles;
        string Split(string scenario)
        {
            double all = InterpreterBudget.PerAudioSecond(counts.Steps[scenario]);
            double nat = InterpreterBudget.PerAudioSecond(counts.NativeSteps[scenario]);
            return native ? $"interpreter {M(all - nat)} M/s + native {M(nat)} M/s; " : "";
        }

        string Shares(string scenario) => Split(scenario) + string.Join(", ", Enumerable.Range(0, 3).Select(end =>
            $"{(100 * PerSecond(scenario, end) / InterpreterBudget.CoreHz).ToString("0", CultureInfo.InvariantCulture)} % of a 240 MHz core at {Calibration(end, native)}"));

        yield return BudgetRow.Check(DesignBudgets.WatchSpeech, $"{path}: x86 instructions per second of speech (gate + front end + model + link)",
            Math.Round(Equivalent("speech") / 1e6, 2), "M/s", 48, true, Shares("speech"), Source + "; 10 s of clips back to back" + how);
        yield return BudgetRow.Check(DesignBudgets.WatchIdle, $"{path}: x86 instructions per second idle (gate, pre-roll, link, state machine)",
            Math.Round(Equivalent("idle") / 1e6, 2), "M/s", 8, true, Shares("idle"), Source + "; 10 s of the noise floor" + how);

        (string where, int at) = scenarios.SelectMany(s => Enumerable.Range(0, counts.Steps[s].Length).Select(i => (s, i)))
            .MaxBy(p => Cycles(p.s, 1)[p.i]);
        long largest = counts.Steps[where][at];
        long largestNative = counts.NativeSteps[where][at];
        yield return BudgetRow.Info(DesignBudgets.WatchNoAudioLost, $"{path}: largest single 32 ms step ({where})", Math.Round(largest / 1e6, 2), "M x86",
            (native ? $"native {M(largestNative)} M of it; " : "") + string.Join(", ", Enumerable.Range(0, 3).Select(end =>
                $"{Ms(Cycles(where, end)[at] / InterpreterBudget.CoreHz)} ms of a core at {Calibration(end, native)}")), Source);

        double Ring(int end) => scenarios.Max(s => InterpreterBudget.PeakRingSecondsOfCycles(Cycles(s, end)));
        yield return BudgetRow.Check(DesignBudgets.WatchNoAudioLost, $"{path}: audio ring needed at the central calibration (idle, speech, utterance incl. gate openings)",
            Math.Round(Ring(1), 3), "s", RingSeconds, true,
            string.Join(", ", Enumerable.Range(0, 3).Select(end => $"{Calibration(end, native)}: {Ms(Ring(end))} ms")),
            $"ring of {RingSeconds} s (the adapter's I2S ring); audio in real time, each step's cycles at 240 MHz");
        yield return BudgetRow.Info(DesignBudgets.WatchNoAudioLost, $"{path}: whole bench run on nanoCLR", Math.Round(counts.Total / 1e6, 1), "M x86", $"marker line {counts.MarkerCost} x86 removed per step", "measure.sh's count of the same run");
    }

    private static string Calibration(int end, bool native) =>
        $"{InterpreterBudget.CyclesPerInstruction[end]} cyc" + (native ? $" (native {InterpreterBudget.NativeCyclesPerInstruction[end]})" : "");

    private static string M(double perSecond) => (perSecond / 1e6).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Ms(double seconds) => (1000 * seconds).ToString("N0", CultureInfo.InvariantCulture);
}
