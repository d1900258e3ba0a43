using System.Diagnostics;
using System.Runtime.InteropServices;
using WearableAI.Fleet;
using WearableAI.Training.Eval;

namespace WearableAI.Bench;

/// <summary>
/// `wai bench`: runs the chosen parts one after another (a part that fails is reported, the others
/// still run), lists every DESIGN.md budget — a part not run shows "not run" — and writes
/// report.md and report.json.
/// </summary>
public static class BenchSuite
{
    /// <summary>Runs the plan.</summary>
    /// <param name="plan">Parts, sizes, folders.</param>
    /// <param name="progress">Progress lines.</param>
    public static async Task<BenchSuiteReport> RunAsync(BenchPlan plan, Action<string> progress)
    {
        var wall = Stopwatch.StartNew();
        var rows = new List<BudgetRow>();
        var failures = new List<string>();
        FleetReport? fleet = null;
        HubLoad.BenchReport? hub = null;
        CapacityFigures? capacity = null;
        HubLoad.ScaleOut.ScaleOutReport? scaleOut = null;
        string blobPath = Path.Combine(plan.ModelsFolder, "watch.waim");

        async Task Part(string name, Func<Task> run)
        {
            if (!plan.Only.Contains(name))
            {
                return;
            }

            progress($"── {name} ──");
            var clock = Stopwatch.StartNew();
            try
            {
                await run();
                progress($"{name}: done in {clock.Elapsed.TotalSeconds:0} s");
            }
#pragma warning disable CA1031 // one part failing must not lose the others' figures; the failure is in the report
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
                progress($"{name}: FAILED — {e.Message}");
            }
        }

        await Part("watch", () =>
        {
            rows.AddRange(WatchPart.Measure(File.ReadAllBytes(blobPath), progress));
            return Task.CompletedTask;
        });
        await Part("watch-clr", () =>
        {
            rows.AddRange(WatchClrPart.Measure(progress));
            return Task.CompletedTask;
        });
        await Part("frontend", () =>
        {
            rows.AddRange(FrontEndPart.Measure());
            return Task.CompletedTask;
        });
        await Part("models", () =>
        {
            string report = plan.EvalReport;
            if (plan.Dataset is not null)
            {
                report = Path.Combine(plan.OutFolder, "eval-report.json");
                progress($"models: evaluating {plan.Dataset} with {plan.ModelsFolder}");
                Evaluation.Run(new EvalRequest(plan.Dataset, plan.ModelsFolder, report), new LineProgress(line => progress($"models: {line}")));
            }

            rows.AddRange(ModelsPart.Measure(plan.ModelsFolder, report));
            return Task.CompletedTask;
        });
        await Part("fleet", async () =>
        {
            (int watches, int rooms, int utterances) = plan.Fleet;
            var clips = ClipLibrary.Load(Path.Combine(plan.ModelsFolder, "clips"));
            Scene scene = RandomScenes.Make(watches, rooms, utterances, 7, clips.Commands);
            await using FleetHub fleetHub = await FleetHub.StartAsync(plan.ModelsFolder);
            fleet = await FleetRunner.RunAsync(fleetHub, scene, clips,
                new FleetRunOptions { ModelBlob = File.ReadAllBytes(blobPath), Seed = 7, IdleSeconds = plan.Quick ? 65 : 130 }, line => progress($"fleet: {line}"));
            rows.AddRange(FleetPart.Rows(fleet));
        });
        await Part("hub", async () =>
        {
            hub = await HubPart.RunAsync(plan.HubLoad, progress);
            rows.AddRange(HubPart.Rows(hub));
        });
        await Part("capacity", async () =>
        {
            capacity = await CapacityPart.MeasureAsync(plan.ModelsFolder, plan.CapacitySteps, progress);
            rows.AddRange(CapacityRows(capacity, plan.CapacitySteps[^1]));
        });

        await Part("scaleout", async () =>
        {
            scaleOut = await ScaleOutPart.RunAsync(plan.ScaleOut, progress);
            rows.AddRange(ScaleOutPart.Rows(scaleOut));
        });

        foreach (string budget in DesignBudgets.All.Where(b => rows.All(r => r.Budget != b)))
        {
            string part = DesignBudgets.PartOf(budget);
            rows.Add(plan.Only.Contains(part) ? new BudgetRow(budget, "—", null, "", DesignBudgets.LimitOf(budget), "failed", "", $"part {part} failed (see below)") : BudgetRow.NotRun(budget, part));
        }

        List<BudgetRow> ordered = [.. rows.OrderBy(r => Array.IndexOf(DesignBudgets.All, r.Budget))];
        string mode = $"{(plan.Quick ? "quick" : "full")}; parts {string.Join(", ", BenchPlan.Parts.Where(plan.Only.Contains))}";
        return new BenchSuiteReport(DateTimeOffset.UtcNow, Machine(), mode, ordered, fleet, hub, capacity, scaleOut, failures, Math.Round(wall.Elapsed.TotalSeconds, 1));
    }

    /// <summary>Writes report.md and report.json into <paramref name="folder"/>.</summary>
    /// <returns>The two paths.</returns>
    public static (string Markdown, string Json) Save(BenchSuiteReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        string md = Path.Combine(folder, "report.md");
        string json = Path.Combine(folder, "report.json");
        File.WriteAllText(md, BenchMarkdown.Write(report));
        File.WriteAllText(json, System.Text.Json.JsonSerializer.Serialize(report, FleetInputs.Json));
        return (md, json);
    }

    private static IEnumerable<BudgetRow> CapacityRows(CapacityFigures c, int aim)
    {
        const string Source = "real hub (child process), LightWatch connections: MQTT CONNECT with device credentials, retained Status, Hello, Heartbeat (QoS 1)";
        yield return BudgetRow.Check(DesignBudgets.Capacity, "largest fleet held (all connected, heartbeats acknowledged)", c.LargestFleet, "watches", aim, false, $"idle hub {c.IdleHubMegabytes} MiB; {c.Limits}", Source);
        yield return BudgetRow.Info(DesignBudgets.Capacity, "hub memory per connected watch (over the idle hub)", c.KilobytesPerDevice, "KiB", $"marginal (last step) {BudgetRow.Number(c.MarginalKilobytesPerDevice)} KiB", Source);
    }

    private static string Machine()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        double gib = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;
        return $"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores ({cpu}), {gib:0} GiB, .NET {Environment.Version}";
    }
}
