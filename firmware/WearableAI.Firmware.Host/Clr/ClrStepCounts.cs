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
/// </remarks>
public sealed class ClrStepCounts
{
    private ClrStepCounts(Dictionary<string, long[]> steps, long total, long markerCost)
    {
        Steps = steps;
        Total = total;
        MarkerCost = markerCost;
    }

    /// <summary>Per scenario (idle, speech, utterance): x86 instructions of each step, marker cost removed.</summary>
    public IReadOnlyDictionary<string, long[]> Steps { get; }

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
        for (int i = 0; i < dumps; i++)
        {
            dump[i] = TotalOf(files[i]);
        }

        long total = dump.Sum() + TotalOf(Path.Combine(work, "cg.out"));
        long[] perLine = [.. Enumerable.Range(0, lines.Length).Select(i => dump[2 * i] + dump[(2 * i) + 1])];
        long[] markers = [.. Enumerable.Range(0, lines.Length).Where(i => lines[i] == "m").Select(i => perLine[i]).Order()];
        long marker = markers.Length == 0 ? 0 : markers[markers.Length / 2];
        var steps = new Dictionary<string, long[]>();
        string? scenario = null;
        var current = new List<long>();
        for (int i = 0; i < lines.Length; i++)
        {
            string[] words = lines[i].Split(' ');
            if (words[0] == "begin")
            {
                scenario = words[1];
                current.Clear();
            }
            else if (words[0] == "s" && scenario != null)
            {
                current.Add(Math.Max(0, perLine[i] - marker));
            }
            else if (words[0] == "end" && scenario != null)
            {
                steps[scenario] = [.. current];
                scenario = null;
            }
        }

        return new ClrStepCounts(steps, total, marker);
    }

    private static long TotalOf(string file)
    {
        foreach (string line in File.ReadLines(file))
        {
            if (line.StartsWith("totals:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(7).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
