using System.Runtime.InteropServices;

namespace WearableAI.Bench;

/// <summary>Open-file limit (each connected watch is one socket in the hub and one here) and resident memory of a process, from Linux /proc.</summary>
public static partial class ProcessLimits
{
    private const int RlimitNofile = 7;

    /// <summary>The open-file limit (soft, hard) of this process; child processes inherit it.</summary>
    public static (ulong Soft, ulong Hard) OpenFiles()
    {
        Rlimit limit;
        return GetRlimit(RlimitNofile, out limit) == 0 ? (limit.Current, limit.Max) : (0, 0);
    }

    /// <summary>Raises the soft open-file limit towards <paramref name="wanted"/> (at most the hard limit).</summary>
    /// <returns>The soft limit afterwards.</returns>
    public static ulong RaiseOpenFiles(ulong wanted)
    {
        (ulong soft, ulong hard) = OpenFiles();
        if (soft >= wanted)
        {
            return soft;
        }

        var limit = new Rlimit { Current = Math.Min(wanted, hard), Max = hard };
        return SetRlimit(RlimitNofile, ref limit) == 0 ? limit.Current : soft;
    }

    /// <summary>Resident set size of a process in bytes (VmRSS), or NaN.</summary>
    /// <param name="pid">Process id.</param>
    public static double ResidentBytes(int pid)
    {
        try
        {
            string? line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    [LibraryImport("libc", EntryPoint = "getrlimit")]
    private static partial int GetRlimit(int resource, out Rlimit limit);

    [LibraryImport("libc", EntryPoint = "setrlimit")]
    private static partial int SetRlimit(int resource, ref Rlimit limit);

    [StructLayout(LayoutKind.Sequential)]
    private struct Rlimit
    {
        public ulong Current;
        public ulong Max;
    }
}
