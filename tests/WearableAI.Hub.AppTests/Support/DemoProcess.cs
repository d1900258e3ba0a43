using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace WearableAI.Hub.AppTests.Support;

/// <summary>
/// <c>scripts/demo.sh</c> run as the README says, as a child process on free ports with fresh data folders.
/// Disposing sends it SIGTERM — its trap stops the hub and every watch loop (each its own process group) —
/// then kills whatever of its process tree is left, and reports which of its processes outlived that.
/// </summary>
public sealed class DemoProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _output = [];

    private DemoProcess(Process process, string folder, int httpPort)
    {
        _process = process;
        Folder = folder;
        HttpPort = httpPort;
    }

    /// <summary>Where the hub app is, e.g. <c>http://localhost:5081/</c>.</summary>
    public Uri Address => new($"http://localhost:{HttpPort}/");

    public int HttpPort { get; }

    /// <summary>The demo's data and audio folders (temporary).</summary>
    public string Folder { get; }

    /// <summary>Everything the script printed so far (for failure messages).</summary>
    public string Output { get { lock (_output) { return string.Join('\n', _output); } } }

    /// <summary>Starts <c>scripts/demo.sh</c> with WAI_DEMO_HTTP_PORT / WAI_DEMO_MQTT_PORT on free ports.</summary>
    public static DemoProcess Start()
    {
        string folder = Directory.CreateTempSubdirectory("wai-demo-test-").FullName;
        int httpPort = FreePort.Next();
        int mqttPort = FreePort.Next();
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryFolders.Root, "scripts", "demo.sh"));
        start.Environment["WAI_DEMO_HTTP_PORT"] = httpPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["WAI_DEMO_MQTT_PORT"] = mqttPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["WAI_DEMO_DATA"] = Path.Combine(folder, "data");
        start.Environment["WAI_DEMO_OUT"] = Path.Combine(folder, "demo");
        var process = new Process { StartInfo = start };
        var demo = new DemoProcess(process, folder, httpPort);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => demo._lines.Writer.TryComplete();
        process.OutputDataReceived += (_, e) => demo.Record(e.Data);
        process.ErrorDataReceived += (_, e) => demo.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return demo;
    }

    /// <summary>Waits for a line containing <paramref name="text"/>; fails if the script ends first or <paramref name="within"/> passes.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(timeout.Token))
            {
                while (_lines.Reader.TryRead(out string? line))
                {
                    if (line.Contains(text, StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"demo.sh printed no '{text}' within {within}:\n{Output}");
        }

        throw new InvalidOperationException($"demo.sh ended (exit {_process.ExitCode}) before printing '{text}':\n{Output}");
    }

    /// <summary>The script and every process below it, by id (read from /proc).</summary>
    public IReadOnlyList<int> ProcessTree()
    {
        var tree = new List<int>();
        var pending = new Queue<int>([_process.Id]);
        while (pending.TryDequeue(out int pid))
        {
            tree.Add(pid);
            try
            {
                foreach (string task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                {
                    foreach (string child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        pending.Enqueue(int.Parse(child, CultureInfo.InvariantCulture));
                    }
                }
            }
            catch (IOException)
            {
                // The process or one of its threads ended while being read.
            }
        }

        return tree;
    }

    /// <summary>Stops the demo as Ctrl+C would (SIGTERM to the script, whose trap stops its jobs); returns the processes that outlived it.</summary>
    public async Task<IReadOnlyList<int>> StopAsync()
    {
        IReadOnlyList<int> before = _process.HasExited ? [] : ProcessTree();
        if (!_process.HasExited)
        {
            await SignalAsync(_process.Id, "TERM");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        return [.. before.Where(IsAlive)];
    }

    public async ValueTask DisposeAsync()
    {
        IReadOnlyList<int> survivors = await StopAsync();
        foreach (int pid in survivors)
        {
            await SignalAsync(pid, "KILL");
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A watch log still being closed; the folder is temporary.
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            // A zombie (state Z) has ended; only its parent has not read its exit status yet.
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        _lines.Writer.TryWrite(line);
    }

    /// <summary>Sends a signal with kill(1) (procps), as a person stopping the demo from another terminal would.</summary>
    private static async Task SignalAsync(int pid, string signal)
    {
        using Process kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }
}
