using System.Diagnostics;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// Debian's <c>mosquitto_sub</c> (not the hub's MQTT library) subscribed as Home Assistant: every message it prints is
/// kept, in order, with its retain flag; tests wait for the first message after a point that matches what they expect.
/// </summary>
public sealed class MqttObserver : IAsyncDisposable
{
    private const string Marker = "MSG\t";
    private readonly Process _process;
    private readonly List<ObservedMessage> _messages = [];
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MqttObserver(Process process) => _process = process;

    /// <summary>A copy of the messages received so far, in order.</summary>
    public IReadOnlyList<ObservedMessage> Messages { get { lock (_messages) { return _messages.ToArray(); } } }

    /// <summary>Messages received so far; an index into it marks "from now on".</summary>
    public int Count { get { lock (_messages) { return _messages.Count; } } }

    /// <summary>Starts <c>mosquitto_sub</c> on <paramref name="filters"/> and waits for the broker's SUBACK.</summary>
    public static async Task<MqttObserver> StartAsync(string[] login, params string[] filters)
    {
        var start = new ProcessStartInfo("stdbuf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in (string[])["-oL", "mosquitto_sub", .. login, "-d", "-q", "1", "-F", Marker + "%r\t%t\t%p"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string filter in filters)
        {
            start.ArgumentList.Add("-t");
            start.ArgumentList.Add(filter);
        }

        var observer = new MqttObserver(new Process { StartInfo = start });
        observer._process.OutputDataReceived += (_, e) => observer.OnLine(e.Data);
        observer._process.ErrorDataReceived += (_, e) => observer.OnLine(e.Data);
        observer._process.Start();
        observer._process.BeginOutputReadLine();
        observer._process.BeginErrorReadLine();
        await observer._subscribed.Task.Within();
        return observer;
    }

    /// <summary>The first message at index <paramref name="from"/> or later on <paramref name="topic"/> that <paramref name="matches"/>.</summary>
    public async Task<ObservedMessage> WaitForAsync(int from, string topic, Func<ObservedMessage, bool>? matches = null)
    {
        using var timeout = new CancellationTokenSource(Signal.Timeout);
        while (true)
        {
            Task arrived;
            lock (_messages)
            {
                for (int i = from; i < _messages.Count; i++)
                {
                    if (_messages[i].Topic == topic && (matches is null || matches(_messages[i])))
                    {
                        return _messages[i];
                    }
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_messages)
                {
                    Assert.Fail($"no matching message on {topic} within {Signal.Timeout.TotalSeconds} s; received:\n" + string.Join("\n", _messages.Skip(from)));
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("received SUBACK", StringComparison.Ordinal))
        {
            _subscribed.TrySetResult();
        }

        if (!line.StartsWith(Marker, StringComparison.Ordinal))
        {
            return;
        }

        string[] parts = line[Marker.Length..].Split('\t', 3);
        var message = new ObservedMessage(parts[0] == "1", parts[1], parts.Length > 2 ? parts[2] : "");
        lock (_messages)
        {
            _messages.Add(message);
            _arrived.TrySetResult();
            _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}

/// <summary>One message as mosquitto_sub printed it.</summary>
public sealed record ObservedMessage(bool Retained, string Topic, string Payload)
{
    public System.Text.Json.Nodes.JsonNode Json => System.Text.Json.Nodes.JsonNode.Parse(Payload)!;

    public override string ToString() => $"{(Retained ? "retained " : "")}{Topic} {Payload}";
}
