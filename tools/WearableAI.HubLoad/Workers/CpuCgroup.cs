using System.Globalization;

namespace WearableAI.HubLoad.Workers;

/// <summary>
/// A cgroup (v1) of its own for measured processes: a CPU quota in the <c>cpu</c> hierarchy
/// (<c>cpu.cfs_quota_us</c> per <c>cpu.cfs_period_us</c>; or none), a high weight (<c>cpu.shares</c>) and the CPU time
/// used from the <c>cpuacct</c> hierarchy (<c>cpuacct.usage</c>, ns). Needs root and cgroup v1 mounted at <c>/sys/fs/cgroup/cpu</c> and
/// <c>/sys/fs/cgroup/cpuacct</c> (they may be one co-mounted hierarchy). Disposing removes the cgroup once its
/// processes are gone.
/// </summary>
/// <remarks>
/// Why a quota and not <c>cpu.shares</c>: shares only divide a contended CPU, so one worker on an otherwise idle
/// machine would take both cores and a 1-versus-3-workers ratio would compare 2 cores with 2 cores. A quota caps each
/// worker at the same CPU time whatever else runs. Why the high weight: a quota is only a ceiling; on a machine shared
/// with other work (here: model training) a worker would get less than its quota and the ratio would measure the
/// neighbours. The largest weight cgroup v1 allows lets the cgroup take its quota even against a many-threaded
/// neighbour (each of whose busy threads weighs 1024 at nice 0); the quota still bounds it, so the bench takes at most
/// the sum of its quotas (and what its load generator needs) for the minutes it runs.
/// </remarks>
public sealed class CpuCgroup : IDisposable
{
    /// <summary>The period the quota is stated against (100 ms, the kernel's default).</summary>
    public const int PeriodMicroseconds = 100_000;

    /// <summary>The weight of a measured cgroup (the kernel's largest) against a thread at nice 0 (1024).</summary>
    public const int Shares = 262_144;

    private const string CpuRoot = "/sys/fs/cgroup/cpu";
    private const string CpuacctRoot = "/sys/fs/cgroup/cpuacct";

    private readonly string[] _folders;

    private CpuCgroup(string name, double? cpus, string[] folders)
    {
        Name = name;
        Cpus = cpus;
        _folders = folders;
    }

    /// <summary>The cgroup's name below each hierarchy's root.</summary>
    public string Name { get; }

    /// <summary>The quota in CPUs (0.5 = half of one core's time per period); null = no quota, only the weight.</summary>
    public double? Cpus { get; }

    /// <summary>True when this machine lets this process make quota'd cgroups (cgroup v1 cpu and cpuacct, writable).</summary>
    public static bool Available => Directory.Exists(CpuRoot) && Directory.Exists(CpuacctRoot)
        && File.Exists(Path.Combine(CpuRoot, "cpu.cfs_quota_us")) && Environment.UserName == "root";

    /// <summary>Makes the cgroup <paramref name="name"/> with a quota of <paramref name="cpus"/> CPUs (null: none).</summary>
    public static CpuCgroup Create(string name, double? cpus)
    {
        if (!Available)
        {
            throw new InvalidOperationException($"no writable cgroup v1 cpu and cpuacct hierarchies at {CpuRoot} and {CpuacctRoot} (run as root)");
        }

        string cpu = Path.Combine(CpuRoot, name);
        Directory.CreateDirectory(cpu);
        // Co-mounted hierarchies (cpu,cpuacct) are one folder: its own cpuacct.usage is there.
        string cpuacct = File.Exists(Path.Combine(cpu, "cpuacct.usage")) ? cpu : Path.Combine(CpuacctRoot, name);
        Directory.CreateDirectory(cpuacct);
        string[] folders = cpuacct == cpu ? [cpu] : [cpu, cpuacct];
        File.WriteAllText(Path.Combine(cpu, "cpu.cfs_period_us"), PeriodMicroseconds.ToString(CultureInfo.InvariantCulture));
        long quota = cpus is double c ? (long)Math.Round(c * PeriodMicroseconds) : -1;
        File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), quota.ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(cpu, "cpu.shares"), Shares.ToString(CultureInfo.InvariantCulture));
        return new CpuCgroup(name, cpus, folders);
    }

    /// <summary>Moves a process (all its threads) into the cgroup.</summary>
    public void Add(int pid)
    {
        foreach (string folder in _folders)
        {
            File.WriteAllText(Path.Combine(folder, "cgroup.procs"), pid.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Moves a process back to the root cgroup (before this one is removed while the process lives on).</summary>
    public void Release(int pid)
    {
        foreach (string folder in _folders)
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(folder)!, "cgroup.procs"), pid.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>CPU time used by the cgroup's processes since it was made (cpuacct.usage).</summary>
    public TimeSpan CpuUsed()
    {
        string usage = File.ReadAllText(Path.Combine(_folders[^1], "cpuacct.usage")).Trim();
        return TimeSpan.FromTicks(long.Parse(usage, CultureInfo.InvariantCulture) / 100);
    }

    /// <summary>Removes the cgroup; a cgroup that still holds a process cannot be removed and is left (the kernel refuses).</summary>
    public void Dispose()
    {
        foreach (string folder in _folders.Reverse())
        {
            try
            {
                Directory.Delete(folder); // rmdir: the control files are not real files
            }
            catch (IOException)
            {
                // Still busy (a process not yet reaped); the name is unique per run, so nothing collides with it.
            }
        }
    }
}
