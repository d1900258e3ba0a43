using System.Globalization;

namespace WearableAI.HubLoad.Workers;

/// <summary>
/// N real hub worker processes in Cluster mode on one set of services (<see cref="ClusterEndpoints"/>): each with its own
/// worker id (<c>worker-1</c>…), data folder and HTTP port, optionally each in its own cgroup with the same CPU quota.
/// <see cref="StartAsync"/> returns once every worker is ready; <see cref="KillAsync"/> kills one with SIGKILL;
/// disposing stops the rest by PID (SIGTERM, then SIGKILL), removes the cgroups and the data folders.
/// </summary>
public sealed class HubWorkers : IAsyncDisposable
{
    private readonly List<HubWorker> _workers = [];
    private readonly string _root;

    private HubWorkers(string root) => _root = root;

    /// <summary>The workers in start order (killed ones included).</summary>
    public IReadOnlyList<HubWorker> All => _workers;

    /// <summary>The workers still running.</summary>
    public IEnumerable<HubWorker> Running => _workers.Where(w => !w.HasExited);

    /// <summary>Starts <paramref name="options"/>.<see cref="WorkerLaunch.Count"/> workers and waits until each is ready.</summary>
    public static async Task<HubWorkers> StartAsync(WorkerLaunch options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string program = Path.Combine(options.HubFolder, "WearableAI.Hub");
        if (!File.Exists(program))
        {
            throw new FileNotFoundException($"no hub program in {options.HubFolder} (build the hub, or a program that references WearableAI.HubLoad)", program);
        }

        string run = options.RunName ?? "wai-" + Guid.NewGuid().ToString("N")[..8];
        var workers = new HubWorkers(Directory.CreateTempSubdirectory(run + "-").FullName);
        try
        {
            for (int i = 1; i <= options.Count; i++)
            {
                workers._workers.Add(workers.StartOne($"worker-{i.ToString(CultureInfo.InvariantCulture)}", program, run, options));
            }

            // Start them all, then wait: a Cluster-mode worker's startup (migrations, silo joining) overlaps the others'.
            await Task.WhenAll(workers._workers.Select(w => w.WaitUntilReadyAsync(options.ReadyPatience)));
            return workers;
        }
        catch
        {
            await workers.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILLs worker <paramref name="index"/> (0-based); returns once the process is gone.</summary>
    public Task KillAsync(int index) => _workers[index].KillAsync();

    /// <summary>CPU time used by all workers' cgroups so far (zero without quotas).</summary>
    public TimeSpan CpuUsed() => _workers.Aggregate(TimeSpan.Zero, (sum, w) => sum + (w.Cgroup?.CpuUsed() ?? TimeSpan.Zero));

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_workers.Select(w => w.DisposeAsync().AsTask()));
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Temporary anyway.
        }
    }

    private HubWorker StartOne(string id, string program, string run, WorkerLaunch options)
    {
        string data = Directory.CreateDirectory(Path.Combine(_root, id)).FullName;
        int webPort = HubProcess.FreePort();
        CpuCgroup? cgroup = options.CpusPerWorker is double cpus ? CpuCgroup.Create($"{run}-{id}", cpus) : null;
        IEnumerable<string> arguments = [
            .. options.Services.HubSettings(),
            $"--Hub:Cluster:WorkerId={id}",
            $"--Hub:Storage:DataFolder={data}",
            $"--Hub:Web:Urls=http://127.0.0.1:{webPort.ToString(CultureInfo.InvariantCulture)}",
            $"--Hub:Inference:ModelsFolder={options.ModelsFolder}",
            .. options.Settings];
        try
        {
            return HubWorker.Start(id, program, arguments, data, webPort, cgroup);
        }
        catch
        {
            cgroup?.Dispose();
            throw;
        }
    }
}
