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
/// cycles per instruction, and the audio ring the steps need (no audio lost with a 1 s ring).
/// </summary>
public static class WatchClrPart
{
    /// <summary>The audio ring the ESP32-S3 adapter configures (issue #13: I2S ring ≥ 1 s).</summary>
    public const double RingSeconds = 1.0;

    /// <summary>Measures.</summary>
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
            progress("watch-clr: counting every 32 ms step on nanoCLR under valgrind (26 s of audio; 2–4 min)");
            ClrStepCounts counts = ClrStepCounts.Measure(kit, program.Assemblies);
            return Rows(counts, "C# path");
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
    /// <param name="path">"C# path" or the native one.</param>
    public static IEnumerable<BudgetRow> Rows(ClrStepCounts counts, string path)
    {
        const string Source = "nanoCLR (kit, posix build) x86 instructions per 32 ms step, measure.sh's callgrind count cut at each step";
        long[] idle = counts.Steps["idle"];
        long[] speech = counts.Steps["speech"];
        long[] all = [.. counts.Steps.Values.SelectMany(s => s)];
        double idlePerSecond = InterpreterBudget.PerAudioSecond(idle);
        double speechPerSecond = InterpreterBudget.PerAudioSecond(speech);
        yield return BudgetRow.Check(DesignBudgets.WatchSpeech, $"{path}: x86 instructions per second of speech (gate + front end + model + link)",
            Math.Round(speechPerSecond / 1e6, 2), "M/s", 48, true, Shares(speechPerSecond), Source + "; 10 s of clips back to back");
        yield return BudgetRow.Check(DesignBudgets.WatchIdle, $"{path}: x86 instructions per second idle (gate, pre-roll, link, state machine)",
            Math.Round(idlePerSecond / 1e6, 2), "M/s", 8, true, Shares(idlePerSecond), Source + "; 10 s of the noise floor");
        long largest = all.Max();
        string where = counts.Steps.First(s => s.Value.Contains(largest)).Key;
        yield return BudgetRow.Info(DesignBudgets.WatchNoAudioLost, $"{path}: largest single 32 ms step ({where})", Math.Round(largest / 1e6, 2), "M x86",
            string.Join(", ", InterpreterBudget.CyclesPerInstruction.Select(c => $"{Ms(largest * c / InterpreterBudget.CoreHz)} ms of a core at {c} cyc")), Source);
        double ring = counts.Steps.Values.Max(s => InterpreterBudget.PeakRingSeconds(s, InterpreterBudget.CentralCycles));
        yield return BudgetRow.Check(DesignBudgets.WatchNoAudioLost, $"{path}: audio ring needed at 3 cycles/instruction (idle, speech, utterance incl. gate openings)",
            Math.Round(ring, 3), "s", RingSeconds, true,
            string.Join(", ", InterpreterBudget.CyclesPerInstruction.Select(c => $"{c} cyc: {Ms(counts.Steps.Values.Max(s => InterpreterBudget.PeakRingSeconds(s, c)) )} ms")),
            $"ring of {RingSeconds} s (the adapter's I2S ring); audio in real time, each step's instructions at 240 MHz");
        yield return BudgetRow.Info(DesignBudgets.WatchNoAudioLost, $"{path}: whole bench run on nanoCLR", Math.Round(counts.Total / 1e6, 1), "M x86", $"marker line {counts.MarkerCost} x86 removed per step", "measure.sh's count of the same run");
    }

    private static string Shares(double perSecond) =>
        string.Join(", ", InterpreterBudget.CyclesPerInstruction.Select(c =>
            $"{(100 * InterpreterBudget.CoreShare(perSecond, c)).ToString("0", CultureInfo.InvariantCulture)} % of a 240 MHz core at {c} cyc"));

    private static string Ms(double seconds) => (1000 * seconds).ToString("N0", CultureInfo.InvariantCulture);
}
