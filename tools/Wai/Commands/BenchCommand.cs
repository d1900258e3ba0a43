using System.ComponentModel;
using Spectre.Console.Cli;
using WearableAI.Bench;
using WearableAI.Fleet;

namespace WearableAI.Tools.Commands;

/// <summary>
/// `wai bench`: one report of every DESIGN.md budget — each figure beside its budget, pass/miss and
/// a same-run baseline where one exists — as artifacts/bench/report.md and report.json (docs/bench.md).
/// </summary>
internal sealed class BenchCommand : Command<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--only <PARTS>")]
        [Description("Comma-separated parts to run: watch, watch-clr, frontend, models, fleet, hub, capacity (default: these), scaleout (only when named: needs the Cluster-mode services and root).")]
        public string? Only { get; init; }

        [CommandOption("--quick")]
        [Description("Small sizes everywhere (3-watch fleet, 20-device hub load, 200 connected watches): a smoke run.")]
        public bool Quick { get; init; }

        [CommandOption("--models <DIR>")]
        [Description("Models folder (default: the repository's models/).")]
        public string? Models { get; init; }

        [CommandOption("--eval-report <FILE>")]
        [Description("Evaluation report to read (default: <models>/eval-report.json).")]
        public string? EvalReport { get; init; }

        [CommandOption("--dataset <DIR>")]
        [Description("Evaluate the models on this dataset first (Speech Commands layout) instead of reading the report.")]
        public string? Dataset { get; init; }

        [CommandOption("--worker-cpus <CPUS>")]
        [Description("Part scaleout: each hub worker's CPU quota in CPUs (default 0.25; its own cgroup each).")]
        public double? WorkerCpus { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Where report.md and report.json go (default: artifacts/bench).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlySet<string> only;
        try
        {
            only = BenchPlan.ParseOnly(settings.Only);
        }
        catch (ArgumentException e)
        {
            throw new UserFacingException(e.Message);
        }

        string models = Path.GetFullPath(settings.Models ?? Path.Combine(RepositoryRoot.Find(), "models"));
        if (!File.Exists(Path.Combine(models, "watch.waim")))
        {
            throw new UserFacingException($"no watch.waim in {models} (--models DIR)");
        }

        if (settings.Dataset is not null && !Directory.Exists(settings.Dataset))
        {
            throw new UserFacingException($"no dataset folder {settings.Dataset}");
        }

        var plan = new BenchPlan
        {
            Only = only,
            Quick = settings.Quick,
            ModelsFolder = models,
            EvalReport = Path.GetFullPath(settings.EvalReport ?? Path.Combine(models, "eval-report.json")),
            Dataset = settings.Dataset,
            WorkerCpus = settings.WorkerCpus is > 0 or null ? settings.WorkerCpus : throw new UserFacingException("--worker-cpus must be above 0"),
            OutFolder = Path.GetFullPath(settings.Out ?? Path.Combine(RepositoryRoot.Find(), "artifacts", "bench")),
        };
        BenchSuiteReport report = BenchSuite.RunAsync(plan, FleetInputs.Progress).GetAwaiter().GetResult();
        (string md, string json) = BenchSuite.Save(report, plan.OutFolder);
        Console.WriteLine();
        Console.WriteLine(BenchMarkdown.Table(report.Rows));
        int pass = report.Rows.Count(r => r.Verdict == "pass"), miss = report.Rows.Count(r => r.Verdict == "miss");
        Console.WriteLine($"{pass} pass, {miss} miss, {report.Rows.Count(r => r.Verdict is "not run" or "failed")} not run or failed, {report.Failures.Count} parts failed; {report.Seconds / 60:0.0} min");
        Console.WriteLine($"report: {md} and {json}");
        return report.Failures.Count == 0 ? 0 : 1;
    }
}
