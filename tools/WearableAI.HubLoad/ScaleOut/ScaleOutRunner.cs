using System.Diagnostics;
using System.Globalization;
using WearableAI.HubLoad.Workers;

namespace WearableAI.HubLoad.ScaleOut;

/// <summary>
/// The scale-out bench: 1, 2 and 3 Cluster-mode worker processes, each in its own cgroup with the same CPU quota, on
/// the script's Mosquitto, Redis and PostgreSQL; simulated watches (each alone in its household, one candidate
/// outstanding) saturate them. Per deployment: completed candidates/s, p50/p99, worker CPU per candidate, the ratio to
/// one worker, over several runs; then a failover run that SIGKILLs one of three workers mid-run.
/// </summary>
public static class ScaleOutRunner
{
    public static async Task<ScaleOutReport> RunAsync(ScaleOutOptions options, string servicesScript, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!CpuCgroup.Available)
        {
            throw new InvalidOperationException("the scale-out bench needs cgroup v1 cpu and cpuacct hierarchies and root (each worker gets a CPU quota)");
        }

        // One closed-loop watch per device continues on the thread pool when its verdict arrives; on a contended machine
        // a pool that grows a thread or two a second adds seconds to every candidate while everything idles.
        ThreadPool.GetMinThreads(out int workerThreads, out int ioThreads);
        ThreadPool.SetMinThreads(Math.Max(workerThreads, options.Devices + 16), ioThreads);
        (string models, string modelName) = BenchRunner.ModelsFolder();
        progress($"scale-out: {options.Devices} watches, one candidate outstanding each; {string.Join(", ", options.WorkerCounts)} workers at {Format(options.CpusPerWorker)} CPU each; model {modelName}");
        // The load generator (this process) and the services get the workers' weight but no quota: on a shared machine
        // they must not starve the measured workers of candidates (CpuCgroup, remarks).
        var rest = CpuCgroup.Create("wai-bench-rest-" + Guid.NewGuid().ToString("N")[..8], null);
        ClusterServiceFolder? services = null;
        try
        {
            services = await ClusterServiceFolder.StartAsync(servicesScript);
            foreach (int pid in services.Pids.Append(Environment.ProcessId))
            {
                rest.Add(pid);
            }

            progress($"scale-out: services in {services.Folder} (Mosquitto {services.MqttPort}, Redis {services.RedisPort}); load generator and services in cgroup {rest.Name} (weight {CpuCgroup.Shares}, no quota)");
            (List<ScaleOutRun> runs, FailoverRun? failover) = await MeasureAsync(services, rest, models, options, progress);
            return new ScaleOutReport(options.CpusPerWorker, options.Devices, modelName, runs, Summarise(runs), failover);
        }
        finally
        {
            rest.Release(Environment.ProcessId);
            if (services is not null)
            {
                await services.DisposeAsync();
            }

            rest.Dispose();
        }
    }

    private static async Task<(List<ScaleOutRun> Runs, FailoverRun? Failover)> MeasureAsync(ClusterServiceFolder services, CpuCgroup rest, string models, ScaleOutOptions options, Action<string> progress)
    {
        var runs = new List<ScaleOutRun>();
        foreach (int count in options.WorkerCounts)
        {
            await using Deployment deployment = await Deployment.StartAsync(services, count, models, options, progress);
            await WarmUpAsync(deployment, options, progress);
            for (int repetition = 1; repetition <= options.Repetitions; repetition++)
            {
                TimeSpan cpuBefore = deployment.Workers.CpuUsed(), restBefore = rest.CpuUsed(), machineBefore = MachineCpu.Busy();
                var wall = Stopwatch.StartNew(); // the window, plus the wait for the last outstanding candidates
                SaturationStep step = await deployment.Load.RunSaturatedAsync($"{count} workers", options.Seconds, options.ResendAfter, options.Resends, options.GiveUp);
                double seconds = wall.Elapsed.TotalSeconds;
                double cpu = (deployment.Workers.CpuUsed() - cpuBefore).TotalSeconds;
                double load = (rest.CpuUsed() - restBefore).TotalSeconds;
                double others = (MachineCpu.Busy() - machineBefore).TotalSeconds - cpu - load;
                var run = new ScaleOutRun(count, repetition, step, Math.Round(cpu, 2), Math.Round(cpu * 1000 / Math.Max(1, step.Completed), 3),
                    Math.Round(cpu / (count * options.CpusPerWorker * seconds), 2), Math.Round(load / seconds, 2), Math.Round(others / seconds, 2), deployment.IdleCpusPerWorker);
                runs.Add(run);
                progress(Line(run));
            }
        }

        FailoverRun? failover = null;
        if (options.FailoverSeconds > 0)
        {
            await using Deployment deployment = await Deployment.StartAsync(services, 3, models, options, progress);
            await WarmUpAsync(deployment, options, progress);
            Task<SaturationStep> running = deployment.Load.RunSaturatedAsync("failover", options.FailoverSeconds, options.ResendAfter, options.Resends, options.GiveUp);
            await Task.Delay(TimeSpan.FromSeconds(options.KillAtSeconds));
            HubWorker victim = deployment.Workers.All[1];
            await victim.KillAsync();
            progress($"failover: {victim.Id} (pid {victim.ProcessId}) killed with SIGKILL at {Format(options.KillAtSeconds)} s");
            SaturationStep step = await running;
            failover = new FailoverRun(step, options.KillAtSeconds, victim.Id);
            progress(string.Create(CultureInfo.InvariantCulture,
                $"failover: sent {step.Sent}, completed {step.Completed}, re-sent {step.Resent}, lost {step.GivenUp}, duplicates {step.Duplicates}, longest gap without a result {step.LongestGapSeconds} s, {step.CompletedPerSecond}/s"));
        }

        return (runs, failover);
    }

    /// <summary>
    /// Saturates the deployment until its workers idle below <see cref="ScaleOutOptions.SettledIdleShare"/> of their quota:
    /// a quota'd worker's background JIT (tiered compilation) shares that quota, and at a quarter of a core it was still
    /// compiling after 20 s, taking half the quota from the measured runs.
    /// </summary>
    private static async Task WarmUpAsync(Deployment deployment, ScaleOutOptions options, Action<string> progress)
    {
        var warm = Stopwatch.StartNew();
        await deployment.Load.RunSaturatedAsync("warm-up", options.WarmUpSeconds, options.ResendAfter, options.Resends, options.GiveUp);
        while (await deployment.MeasureIdleAsync(progress) > options.SettledIdleShare * options.CpusPerWorker && warm.Elapsed < options.LongestWarmUp)
        {
            await deployment.Load.RunSaturatedAsync("warm-up", options.WarmUpSeconds / 2, options.ResendAfter, options.Resends, options.GiveUp);
        }
    }

    public static string Line(ScaleOutRun r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Workers} workers #{r.Repetition}: {r.Step.CompletedPerSecond}/s, p50 {r.Step.Latency.P50} p99 {r.Step.Latency.P99} ms, lost {r.Step.GivenUp}, CPU {r.CpuMsPerCandidate} ms per candidate, {r.QuotaUsed:P0} of the quota; load generator and services {r.LoadCpus} CPUs, other programs {r.OtherCpus} CPUs");

    private static List<ScaleOutSummary> Summarise(List<ScaleOutRun> runs)
    {
        var summary = new List<ScaleOutSummary>();
        double one = double.NaN;
        foreach (IGrouping<int, ScaleOutRun> deployment in runs.GroupBy(r => r.Workers).OrderBy(g => g.Key))
        {
            double median = Median(deployment.Select(r => r.Step.CompletedPerSecond));
            if (deployment.Key == 1)
            {
                one = median;
            }

            summary.Add(new ScaleOutSummary(deployment.Key, median,
                deployment.Min(r => r.Step.CompletedPerSecond), deployment.Max(r => r.Step.CompletedPerSecond),
                Median(deployment.Select(r => r.Step.Latency.P50)), Median(deployment.Select(r => r.Step.Latency.P99)),
                Median(deployment.Select(r => r.CpuMsPerCandidate)), Median(deployment.Select(r => r.QuotaUsed)),
                Math.Round(median / one, 2), deployment.Sum(r => r.Step.GivenUp), Median(deployment.Select(r => r.LoadCpus)), Median(deployment.Select(r => r.OtherCpus))));
        }

        return summary;
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One deployment: an empty database, N quota'd workers, the watches provisioned and connected.</summary>
    private sealed class Deployment : IAsyncDisposable
    {
        private const double IdleSeconds = 3;

        private Deployment(HubWorkers workers, LoadGenerator load)
        {
            Workers = workers;
            Load = load;
        }

        /// <summary>
        /// What one worker spends with its watches connected and nothing to do (timers, membership, presence, GC), in
        /// CPUs; measured after the warm-up (<see cref="MeasureIdleAsync"/>): right after start the background JIT would count.
        /// </summary>
        public double IdleCpusPerWorker { get; private set; }

        /// <summary>Measures <see cref="IdleCpusPerWorker"/>: the workers' CPU over a few seconds without candidates; returns it.</summary>
        public async Task<double> MeasureIdleAsync(Action<string> progress)
        {
            await Task.Delay(TimeSpan.FromSeconds(1)); // the warm-up's last answers
            TimeSpan before = Workers.CpuUsed();
            await Task.Delay(TimeSpan.FromSeconds(IdleSeconds));
            IdleCpusPerWorker = Math.Round((Workers.CpuUsed() - before).TotalSeconds / IdleSeconds / Workers.All.Count, 3);
            progress(string.Create(CultureInfo.InvariantCulture, $"{Workers.All.Count} workers after warm-up: idle {IdleCpusPerWorker} CPU per worker"));
            return IdleCpusPerWorker;
        }

        public HubWorkers Workers { get; }

        public LoadGenerator Load { get; }

        public static async Task<Deployment> StartAsync(ClusterServiceFolder services, int count, string models, ScaleOutOptions options, Action<string> progress)
        {
            string name = "bench_" + Guid.NewGuid().ToString("N")[..12];
            string database = await services.CreateDatabaseAsync(name);
            HubWorkers workers = await HubWorkers.StartAsync(new WorkerLaunch
            {
                Services = new ClusterEndpoints(services.MqttPort, services.RedisPort, database, name),
                ModelsFolder = models,
                Count = count,
                CpusPerWorker = options.CpusPerWorker,
                HubFolder = options.HubFolder,
                RunName = "wai-" + name,
                // The bench measures the pipeline, not the per-device rate limit or console logging; workers that die
                // do not come back, so their sessions end with their connection (the broker stops queueing their share).
                Settings = ["--Hub:Ingest:RateLimitPerSecond=10000", "--Hub:Ingest:RateLimitBurst=100000", "--Logging:LogLevel:Default=Warning",
                    "--Hub:Broker:SessionExpirySeconds=0"],
            });
            try
            {
                var devices = new List<BenchDevice>();
                for (int i = 0; i < options.Devices; i++)
                {
                    devices.Add(await workers.All[i % count].ProvisionAsync($"bench {i}", $"solo-{i}"));
                }

                LoadGenerator load = await LoadGenerator.ConnectAsync(services.MqttPort, devices);
                progress(string.Create(CultureInfo.InvariantCulture,
                    $"{count} workers ready ({string.Join(", ", workers.All.Select(w => $"{w.Id} pid {w.ProcessId}"))}), {devices.Count} watches connected"));
                return new Deployment(workers, load);
            }
            catch
            {
                await workers.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Load.DisposeAsync();
            await Workers.DisposeAsync();
        }
    }
}
