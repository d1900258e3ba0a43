using System.Globalization;

namespace WearableAI.HubLoad.Workers;

/// <summary>
/// CPU time the whole machine spent busy (all processes, from <c>/proc/stat</c>), to tell in a report how much of the
/// machine the measured processes had: on a shared machine a cgroup's quota is a ceiling, not a promise.
/// </summary>
public static class MachineCpu
{
    /// <summary>The kernel's clock ticks per second for /proc/stat (USER_HZ; 100 on Linux x86-64).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Busy CPU time of all cores since boot (user, nice, system, irq, softirq, steal), or zero where there is no /proc/stat.</summary>
    public static TimeSpan Busy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return TimeSpan.Zero;
        }

        string[] fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user already).
        long busy = 0;
        foreach (int i in (int[])[1, 2, 3, 6, 7, 8])
        {
            busy += long.Parse(fields[i], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(busy / TicksPerSecond);
    }
}
