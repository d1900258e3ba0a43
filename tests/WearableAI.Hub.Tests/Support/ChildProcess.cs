using System.Diagnostics;
using System.Threading.Channels;

namespace WearableAI.Hub.Tests.Support;

/// <summary>A program the test starts (mosquitto, mosquitto_pub, the hub); killed on dispose if still running.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _output = [];
    private readonly List<string> _errors = [];
    private bool _disposed;

    private ChildProcess(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Record(e.Data, _output);
        _process.ErrorDataReceived += (_, e) => Record(e.Data, _errors);
    }

    /// <summary>True once the program has ended.</summary>
    public bool HasExited => _process.HasExited;

    public string Output { get { lock (_output) { return string.Join('\n', _output); } } }

    public string Errors { get { lock (_errors) { return string.Join('\n', _errors); } } }

    public static ChildProcess Start(string program, params string[] arguments) => Start(null, program, arguments);

    /// <summary>Starts a program with extra environment variables.</summary>
    public static ChildProcess Start(IReadOnlyDictionary<string, string>? environment, string program, params string[] arguments)
    {
        var child = new ChildProcess(program, arguments, environment);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a program to its end; returns its exit code.</summary>
    public static async Task<(int ExitCode, ChildProcess Process)> RunAsync(string program, params string[] arguments)
    {
        ChildProcess child = Start(program, arguments);
        return (await child.WaitForExitAsync(), child);
    }

    public Task<int> WaitForExitAsync() => WaitForExitAsync(Signal.Timeout);

    /// <summary>Waits for the program to end, at most <paramref name="timeout"/> (e.g. a package install).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    /// <summary>Waits for a line of standard output or error containing <paramref name="text"/>.</summary>
    public async Task WaitForLineAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Signal.Timeout);
        while (true)
        {
            string line = await _lines.Reader.ReadAsync(timeout.Token);
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
        }
    }

    /// <summary>Asks the program to stop (SIGTERM, as systemd does; Mosquitto then saves its persistent sessions) and waits for it to exit.</summary>
    public async Task<int> StopAsync()
    {
        (int signalled, _) = await RunAsync("kill", "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, signalled);
        return await WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line, List<string> into)
    {
        if (line is null)
        {
            return;
        }

        lock (into)
        {
            into.Add(line);
        }

        _lines.Writer.TryWrite(line);
    }
}
