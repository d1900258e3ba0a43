namespace WearableAI.HubLoad.ScaleOut;

/// <summary>What the scale-out bench measured: every run, a summary per deployment, the failover run.</summary>
/// <param name="CpusPerWorker">Each worker's CPU quota (its own cgroup).</param>
/// <param name="Devices">Simulated watches, one candidate outstanding each.</param>
/// <param name="Model">The hub model the workers ran.</param>
/// <param name="Runs">Every measured run.</param>
/// <param name="Summary">Per deployment: median and spread over the repetitions, ratio to one worker.</param>
/// <param name="Failover">The run with one of three workers killed, if run.</param>
public sealed record ScaleOutReport(
    double CpusPerWorker,
    int Devices,
    string Model,
    IReadOnlyList<ScaleOutRun> Runs,
    IReadOnlyList<ScaleOutSummary> Summary,
    FailoverRun? Failover)
{
    /// <summary>Median completed/s of the largest deployment ÷ one worker's (NaN without both).</summary>
    public double LargestRatio => Summary.Count > 1 ? Summary[^1].RatioToOne : double.NaN;
}

/// <summary>One measured run of one deployment.</summary>
/// <param name="Workers">Workers in the deployment.</param>
/// <param name="Repetition">1-based.</param>
/// <param name="Step">The device-side figures.</param>
/// <param name="CpuSeconds">CPU time the workers used in the run (their cgroups' cpuacct).</param>
/// <param name="CpuMsPerCandidate">Worker CPU per completed candidate, ms.</param>
/// <param name="QuotaUsed">CPU used ÷ (workers × quota × seconds): near 1 = the workers were bound by their quota.</param>
/// <param name="LoadCpus">CPUs the load generator and the services (Mosquitto, Redis, PostgreSQL) used meanwhile.</param>
/// <param name="OtherCpus">CPUs the rest of the machine used meanwhile (programs that are not part of the bench).</param>
/// <param name="IdleCpusPerWorker">What one worker of the deployment used with the watches connected and no candidates, in CPUs.</param>
public sealed record ScaleOutRun(int Workers, int Repetition, SaturationStep Step, double CpuSeconds, double CpuMsPerCandidate, double QuotaUsed, double LoadCpus, double OtherCpus, double IdleCpusPerWorker);

/// <summary>One deployment over its repetitions.</summary>
public sealed record ScaleOutSummary(
    int Workers,
    double MedianPerSecond,
    double MinPerSecond,
    double MaxPerSecond,
    double MedianP50Ms,
    double MedianP99Ms,
    double MedianCpuMsPerCandidate,
    double MedianQuotaUsed,
    double RatioToOne,
    long Lost,
    double MedianLoadCpus,
    double MedianOtherCpus);

/// <summary>The failover run: one of three workers SIGKILLed mid-run.</summary>
/// <param name="Step">The device-side figures of the whole run (given up = lost).</param>
/// <param name="KilledAtSeconds">When the worker was killed, from the start of the run.</param>
/// <param name="Killed">Which worker.</param>
public sealed record FailoverRun(SaturationStep Step, double KilledAtSeconds, string Killed);
