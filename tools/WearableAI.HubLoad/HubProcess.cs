using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace WearableAI.HubLoad;

/// <summary>The real hub program as a child process: temporary data folder, free ports, a models folder.</summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;

    private HubProcess(Process process, string dataFolder, int webPort, int mqttPort)
    {
        _process = process;
        _dataFolder = dataFolder;
        MqttPort = mqttPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}") };
    }

    public int MqttPort { get; }

    public HttpClient Http { get; }

    /// <summary>The hub's process id (e.g. to read its memory).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the hub in <paramref name="hubFolder"/>; <paramref name="settings"/> are extra <c>--Hub:…=…</c> arguments (later ones win).</summary>
    public static async Task<HubProcess> StartAsync(string hubFolder, string modelsFolder, params string[] settings)
    {
        string dataFolder = Directory.CreateTempSubdirectory("wai-hub-bench-").FullName;
        int webPort = FreePort();
        int mqttPort = FreePort();
        var start = new ProcessStartInfo(Path.Combine(hubFolder, "WearableAI.Hub"))
        {
            WorkingDirectory = hubFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (string argument in (string[])[
            $"--Hub:Storage:DataFolder={dataFolder}", $"--Hub:Web:Urls=http://127.0.0.1:{webPort}",
            $"--Hub:Broker:Port={mqttPort}", $"--Hub:Inference:ModelsFolder={modelsFolder}",
            // The bench measures the pipeline, not the per-device rate limit (20/s by default) or console logging.
            "--Hub:Ingest:RateLimitPerSecond=10000", "--Hub:Ingest:RateLimitBurst=100000", "--Logging:LogLevel:Default=Warning", .. settings])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the hub did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"hub: {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var hub = new HubProcess(process, dataFolder, webPort, mqttPort);
        await hub.WaitUntilReadyAsync();
        return hub;
    }

    /// <summary>Provisions a device through the REST API.</summary>
    public async Task<BenchDevice> ProvisionAsync(string name, string group)
    {
        using HttpResponseMessage response = await Http.PostAsJsonAsync("/api/devices", new { name, group });
        response.EnsureSuccessStatusCode();
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new BenchDevice(body.RootElement.GetProperty("id").GetString()!, body.RootElement.GetProperty("secret").GetString()!, group);
    }

    public Task<string> MetricsAsync() => Http.GetStringAsync("/metrics");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Temporary anyway.
        }
    }

    private Task WaitUntilReadyAsync() => HubReadiness.WaitAsync(Http, _process, TimeSpan.FromSeconds(60), "the hub");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
