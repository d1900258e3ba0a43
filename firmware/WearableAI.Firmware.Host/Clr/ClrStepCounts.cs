using System.Diagnostics;
using System.Globalization;

namespace WearableAI.Firmware.Host.Clr;

/// <summary>
/// x86 instructions of every 32 ms step of the bench run (firmware/WearableAI.Watch.Clr, <c>BenchRun</c>) on
/// nanoCLR. The count is the kit's <c>measure.sh</c> count — valgrind callgrind collecting only inside
/// <c>CLR_RT_Thread::Execute_Inner()</c>, the same command line — with <c>--dump-before=CLR_Debug::Emit*</c>
/// added: the program prints one marker line per step, so callgrind cuts its count at every line.
/// </summary>
/// <remarks>
/// nanoCLR emits a line in two native calls (text, line end), so each line yields two dumps; a step's count
/// is both dumps of its marker, less the cost of a bare marker (the median of the calibration lines).
/// The instructions of the native kernels (functions of the C++ classes of WearableAI.Kernels and of its
/// <c>WaiKernels::</c> helpers, not the generated marshalling) are also summed separately per step: on a device
/// they run as compiled code, not through the interpreter, and convert to cycles with their own factor.
/// </remarks>
public sealed class ClrStepCounts
{
    private ClrStepCounts(Dictionary<string, long[]> steps, Dictionary<string, long[]> nativeSteps, long total, long markerCost, string kernels)
    {
        Steps = steps;
        NativeSteps = nativeSteps;
        Total = total;
        MarkerCost = markerCost;
        Kernels = kernels;
    }

    /// <summary>Per scenario (idle, speech, utterance): x86 instructions of each step, marker cost removed (native kernels included).</summary>
    public IReadOnlyDictionary<string, long[]> Steps { get; }

    /// <summary>Per scenario: the part of each step's count spent in the native kernels' own code (0 on the C# path).</summary>
    public IReadOnlyDictionary<string, long[]> NativeSteps { get; }

    /// <summary>What the program's first line says it runs: "kernels csharp" or "kernels native" ("" when it does not say).</summary>
    public string Kernels { get; }

    /// <summary>Every x86 instruction collected in the run (what measure.sh reports for it).</summary>
    public long Total { get; }

    /// <summary>The cost of one marker line (subtracted from each step).</summary>
    public long MarkerCost { get; }

    /// <summary>Runs the bench program under callgrind and splits the count by step.</summary>
    /// <param name="kit">The kit (its OUT_DIR has nanoclr and mscorlib.pe).</param>
    /// <param name="assemblies">The bench program's .pe files.</param>
    /// <param name="clrFolder">A nanoCLR folder from build-interop.sh, or null for the kit's own.</param>
    /// <returns>The counts.</returns>
    public static ClrStepCounts Measure(NanoFrameworkKit kit, IReadOnlyList<string> assemblies, string? clrFolder = null)
    {
        string work = Path.Combine(Path.GetTempPath(), "wai-clr-steps-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            string runner = Path.Combine(clrFolder ?? kit.OutFolder, "bin", "nanoclr");
            var start = new ProcessStartInfo("valgrind") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in (string[])[
                "--tool=callgrind", $"--callgrind-out-file={Path.Combine(work, "cg.out")}",
                "--toggle-collect=CLR_RT_Thread::Execute_Inner()", "--dump-before=CLR_Debug::Emit*",
                $"--log-file={Path.Combine(work, "vg.log")}", runner, Path.Combine(kit.OutFolder, "corelib", "mscorlib.pe"), .. assemblies])
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start valgrind (the kit's build.sh installs it)");
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            string stdout = output.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"the bench program failed on nanoCLR (exit {process.ExitCode}):\n{error.GetAwaiter().GetResult()}");
            }

            return Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static ClrStepCounts Parse(string[] lines, string work)
    {
        string[] files = [.. Directory.GetFiles(work, "cg.out.*")
            .Where(f => Path.GetFileName(f).Length > 7 && int.TryParse(Path.GetFileName(f).AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .OrderBy(f => int.Parse(Path.GetFileName(f).AsSpan(7), CultureInfo.InvariantCulture))];
        int dumps = files.Length;
        // Two per line; nanoCLR may emit once more as the run ends (after the last line).
        if (dumps < 2 * lines.Length || dumps > (2 * lines.Length) + 2)
        {
            throw new InvalidDataException($"callgrind wrote {dumps} dumps for {lines.Length} lines (expected two per line): {string.Join(' ', Directory.GetFiles(work).Select(Path.GetFileName).Take(5))} …");
        }

        long[] dump = new long[dumps];
        long[] nativeDump = new long[dumps];
        for (int i = 0; i < dumps; i++)
        {
            (dump[i], nativeDump[i]) = CostsOf(files[i]);
        }

        long total = dump.Sum() + CostsOf(Path.Combine(work, "cg.out")).Total;
        long[] perLine = [.. Enumerable.Range(0, lines.Length).Select(i => dump[2 * i] + dump[(2 * i) + 1])];
        long[] nativePerLine = [.. Enumerable.Range(0, lines.Length).Select(i => nativeDump[2 * i] + nativeDump[(2 * i) + 1])];
        long[] markers = [.. Enumerable.Range(0, lines.Length).Where(i => lines[i] == "m").Select(i => perLine[i]).Order()];
        long marker = markers.Length == 0 ? 0 : markers[markers.Length / 2];
        var steps = new Dictionary<string, long[]>();
        var nativeSteps = new Dictionary<string, long[]>();
        string? scenario = null;
        var current = new List<long>();
        var currentNative = new List<long>();
        for (int i = 0; i < lines.Length; i++)
        {
            string[] words = lines[i].Split(' ');
            if (words[0] == "begin")
            {
                scenario = words[1];
                current.Clear();
                currentNative.Clear();
            }
            else if (words[0] == "s" && scenario != null)
            {
                current.Add(Math.Max(0, perLine[i] - marker));
                currentNative.Add(nativePerLine[i]);
            }
            else if (words[0] == "end" && scenario != null)
            {
                steps[scenario] = [.. current];
                nativeSteps[scenario] = [.. currentNative];
                scenario = null;
            }
        }

        string kernels = lines.FirstOrDefault(l => l.StartsWith("kernels ", StringComparison.Ordinal)) ?? "";
        return new ClrStepCounts(steps, nativeSteps, total, marker, kernels);
    }

    /// <summary>True for a function of the native kernels' own code (not the generated marshalling, whose names carry the signature after "___").</summary>
    /// <param name="name">A function name as callgrind writes it.</param>
    public static bool IsNativeKernel(string name) =>
        name.StartsWith("WaiKernels::", StringComparison.Ordinal)
        || (name.StartsWith("WearableAI_Kernels::WearableAI_Kernels::", StringComparison.Ordinal) && !name.Contains("___", StringComparison.Ordinal));

    // A callgrind dump's total (its "totals:" line) and the self cost of the native kernels' functions: the cost lines
    // under "fn=" records, except the line after each "calls=" (the inclusive cost of a call). Names are compressed:
    // "fn=(id) name" the first time, "fn=(id)" after.
    private static (long Total, long Native) CostsOf(string file)
    {
        long total = 0;
        long native = 0;
        var names = new Dictionary<string, string>();
        bool inNative = false;
        bool afterCalls = false;
        foreach (string line in File.ReadLines(file))
        {
            if (line.StartsWith("totals:", StringComparison.Ordinal))
            {
                total = long.Parse(line.AsSpan(7).Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("fn=", StringComparison.Ordinal))
            {
                inNative = IsNativeKernel(NameOf(line[3..], names));
                afterCalls = false;
            }
            else if (line.StartsWith("cfn=", StringComparison.Ordinal))
            {
                NameOf(line[4..], names);
            }
            else if (line.StartsWith("calls=", StringComparison.Ordinal))
            {
                afterCalls = true;
            }
            else if (line.Length > 0 && (char.IsAsciiDigit(line[0]) || line[0] is '+' or '-' or '*'))
            {
                if (inNative && !afterCalls)
                {
                    int space = line.LastIndexOf(' ');
                    native += long.Parse(line.AsSpan(space + 1), CultureInfo.InvariantCulture);
                }

                afterCalls = false;
            }
        }

        return (total, native);
    }

    private static string NameOf(string reference, Dictionary<string, string> names)
    {
        if (!reference.StartsWith('('))
        {
            return reference;
        }

        int close = reference.IndexOf(')', StringComparison.Ordinal);
        string id = reference[..(close + 1)];
        if (close + 1 < reference.Length)
        {
            names[id] = reference[(close + 1)..].Trim();
        }

        return names.TryGetValue(id, out string? name) ? name : "";
    }
}
