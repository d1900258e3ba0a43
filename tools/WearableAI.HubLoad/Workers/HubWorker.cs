using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace WearableAI.HubLoad.Workers;

/// <summary>
/// One Cluster-mode hub worker as a child process: its own worker id, data folder (with <c>worker.log</c>, its output)
/// and HTTP port, optionally in a CPU-quota'd cgroup of its own. Started by <see cref="HubWorkers"/>.
/// </summary>
public sealed partial class HubWorker : IAsyncDisposable
{
    private const int SigTerm = 15;
    private const int SigStop = 19; // Linux x86-64 and arm64

    private readonly Process _process;
    private readonly StreamWriter _log;

    private HubWorker(string id, Process process, StreamWriter log, string dataFolder, int webPort, CpuCgroup? cgroup)
    {
        Id = id;
        _process = process;
        _log = log;
        DataFolder = dataFolder;
        Url = new Uri($"http://127.0.0.1:{webPort.ToString(CultureInfo.InvariantCulture)}");
        Http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
        Cgroup = cgroup;
    }

    /// <summary>The worker id (<c>Hub:Cluster:WorkerId</c>).</summary>
    public string Id { get; }

    /// <summary>The process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The worker's web app and REST API.</summary>
    public Uri Url { get; }

    public HttpClient Http { get; }

    /// <summary>Its data folder; <c>worker.log</c> there holds what it printed.</summary>
    public string DataFolder { get; }

    /// <summary>Its CPU cgroup, when started with a quota.</summary>
    public CpuCgroup? Cgroup { get; }

    /// <summary>True once the process has ended (killed, stopped or failed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts <paramref name="program"/> (the hub's apphost) with <paramref name="arguments"/>; returns once the process runs.</summary>
    internal static HubWorker Start(string id, string program, IEnumerable<string> arguments, string dataFolder, int webPort, CpuCgroup? cgroup)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Path.GetDirectoryName(program)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var log = new StreamWriter(Path.Combine(dataFolder, "worker.log")) { AutoFlush = true };
        Process process = Process.Start(start) ?? throw new InvalidOperationException($"{id} did not start");
        cgroup?.Add(process.Id);
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (log)
                {
                    log.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HubWorker(id, process, log, dataFolder, webPort, cgroup);
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (storage, broker and the worker's own readiness checks).</summary>
    public Task WaitUntilReadyAsync(TimeSpan patience) =>
        HubReadiness.WaitAsync(Http, _process, patience, $"{Id} (its output: {Path.Combine(DataFolder, "worker.log")})");

    /// <summary>Provisions a device through this worker's REST API (the store is shared: every worker knows it).</summary>
    public async Task<BenchDevice> ProvisionAsync(string name, string group)
    {
        using HttpResponseMessage response = await Http.PostAsJsonAsync("/api/devices", new { name, group });
        response.EnsureSuccessStatusCode();
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new BenchDevice(body.RootElement.GetProperty("id").GetString()!, body.RootElement.GetProperty("secret").GetString()!, group);
    }

    /// <summary>
    /// SIGSTOP: the worker stops running but keeps its connections, as one hung in a long pause or swapped out — the broker
    /// goes on handing it its share, which piles up unhandled in its socket.
    /// </summary>
    public void Freeze()
    {
        if (!_process.HasExited && Kill(_process.Id, SigStop) != 0)
        {
            throw new InvalidOperationException($"{Id} (pid {_process.Id}) could not be stopped");
        }
    }

    /// <summary>SIGKILL: the worker dies at once, as in a crash or an OOM kill; returns once it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(); // SIGKILL on Linux
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM (the host stops gracefully), SIGKILL if it has not ended within <paramref name="patience"/>.</summary>
    public async Task StopAsync(TimeSpan patience)
    {
        if (_process.HasExited)
        {
            return;
        }

        _ = Kill(_process.Id, SigTerm);
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(); // output read to the end before the log closes
        _process.Dispose();
        Http.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }

        Cgroup?.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
