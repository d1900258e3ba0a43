using System.Globalization;
using System.Text;
using WearableAI.HubLoad.ScaleOut;
using WearableAI.HubLoad.Workers;

namespace WearableAI.Bench;

/// <summary>
/// Part <c>scaleout</c> (issue #15): 1, 2 and 3 hub worker processes at the same CPU quota on Mosquitto, Redis and
/// PostgreSQL (<see cref="ScaleOutRunner"/>), and a failover run. Not in the default set: it needs the Cluster-mode
/// services (scripts/lib/cluster-services.sh) and root for the cgroups; run it with <c>--only scaleout</c>.
/// </summary>
public static class ScaleOutPart
{
    /// <summary>Runs the scale-out bench with the repository's services script.</summary>
    /// <param name="options">Sizes.</param>
    /// <param name="progress">Progress lines.</param>
    public static Task<ScaleOutReport> RunAsync(ScaleOutOptions options, Action<string> progress)
    {
        string script = ClusterServiceFolder.FindScript(Directory.GetCurrentDirectory()) ?? ClusterServiceFolder.FindScript(AppContext.BaseDirectory)
            ?? throw new FileNotFoundException("scripts/lib/cluster-services.sh not found above the current folder: run the scale-out bench from a checkout");
        return ScaleOutRunner.RunAsync(options, script, progress);
    }

    /// <summary>The target as a row: 3 workers ≥ 2× one worker at equal quota; the failover figures beside.</summary>
    /// <param name="r">The report.</param>
    public static IEnumerable<BudgetRow> Rows(ScaleOutReport r)
    {
        string source = string.Create(CultureInfo.InvariantCulture, $"{r.Devices} watches, one candidate outstanding each; each worker in its own cgroup at {r.CpusPerWorker} CPU; median of {r.Runs.Count / Math.Max(1, r.Summary.Count)} runs");
        if (r.Summary.Count > 1)
        {
            ScaleOutSummary largest = r.Summary[^1];
            yield return BudgetRow.Check(DesignBudgets.ScaleOut, $"{largest.Workers} workers ÷ 1 worker, completed candidates/s", largest.RatioToOne, "×", 2, false,
                string.Create(CultureInfo.InvariantCulture, $"1 worker {r.Summary[0].MedianPerSecond}/s, {largest.Workers} workers {largest.MedianPerSecond}/s ({largest.MinPerSecond}–{largest.MaxPerSecond})"), source);
        }

        if (r.Failover is { } f)
        {
            yield return BudgetRow.Info(DesignBudgets.ScaleOut, $"failover: candidates lost when 1 of 3 workers is killed", f.Step.GivenUp, "candidates",
                string.Create(CultureInfo.InvariantCulture, $"of {f.Step.Sent} sent ({f.Step.Resent} re-sent); longest time without any verdict {f.Step.LongestGapSeconds} s"), $"SIGKILL at {f.KilledAtSeconds:0} s of a {f.Step.Seconds:0} s saturated run");
        }
    }

    /// <summary>The report's section: the table per deployment, every run, the failover run.</summary>
    /// <param name="r">The report.</param>
    public static string Markdown(ScaleOutReport r)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(c, $"Each worker in its own cgroup (v1) with a quota of {r.CpusPerWorker} CPU; {r.Devices} simulated watches, each alone in its household with one candidate outstanding (closed loop: the workers are saturated); model {r.Model}. Medians over the runs, spread min–max. \"Quota used\" near 100 % means the workers were bound by their quota; below it, something else held them back: the load generator and the services (their cgroup's CPU is shown) or other programs on the machine (the rest of /proc/stat's busy time) — {Environment.ProcessorCount} cores in all.");
        md.AppendLine();
        md.AppendLine("| workers | completed candidates/s (min–max) | ratio to 1 worker | p50 ms | p99 ms | worker CPU ms per candidate | quota used | idle CPU per worker | load generator + services, CPUs | other programs, CPUs | lost |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (ScaleOutSummary s in r.Summary)
        {
            md.AppendLine(c, $"| {s.Workers} | {s.MedianPerSecond} ({s.MinPerSecond}–{s.MaxPerSecond}) | {s.RatioToOne}× | {s.MedianP50Ms} | {s.MedianP99Ms} | {s.MedianCpuMsPerCandidate} | {s.MedianQuotaUsed:P0} | {r.Runs.First(run => run.Workers == s.Workers).IdleCpusPerWorker} | {s.MedianLoadCpus} | {s.MedianOtherCpus} | {s.Lost} |");
        }

        md.AppendLine();
        md.AppendLine("Every run:");
        md.AppendLine();
        foreach (ScaleOutRun run in r.Runs)
        {
            md.AppendLine(c, $"- {ScaleOutRunner.Line(run)}");
        }

        if (r.Failover is { } f)
        {
            md.AppendLine();
            md.AppendLine(c, $"Failover: 3 workers saturated for {f.Step.Seconds:0} s, {f.Killed} killed with SIGKILL at {f.KilledAtSeconds:0} s: sent {f.Step.Sent}, completed {f.Step.Completed}, re-sent {f.Step.Resent} (no verdict yet: the watch sends it again every 0.5 s, twice at most), **lost {f.Step.GivenUp}** (no verdict within 5 s, re-sends included), duplicates {f.Step.Duplicates} (a re-send's repeat), **longest time without any verdict {f.Step.LongestGapSeconds} s**, {f.Step.CompletedPerSecond} completed/s over the run, p99 {f.Step.Latency.P99} ms.");
        }

        return md.ToString();
    }
}
