using System.Net.Http.Json;
using System.Text.Json;
using WearableAI.HubLoad;

namespace WearableAI.Fleet;

/// <summary>
/// The hub a fleet talks to: either the real hub program started as a child process on free ports
/// (with the shipped models) or one already running (its REST API and broker given). Devices are
/// provisioned through the REST API (<c>POST /api/devices</c>).
/// </summary>
public sealed class FleetHub : IAsyncDisposable
{
    private readonly HubProcess? _process;
    private readonly HttpClient _http;

    private FleetHub(HubProcess? process, HttpClient http, Uri broker, string description)
    {
        _process = process;
        _http = http;
        Broker = broker;
        Description = description;
    }

    /// <summary>mqtt://host:port of the hub's broker.</summary>
    public Uri Broker { get; }

    /// <summary>What this is, for the report.</summary>
    public string Description { get; }

    /// <summary>The hub's REST API.</summary>
    public HttpClient Http => _http;

    /// <summary>The child process id, when this started the hub.</summary>
    public int? ProcessId => _process?.ProcessId;

    /// <summary>Starts the hub program beside this one on free ports.</summary>
    /// <param name="modelsFolder">Models the hub loads.</param>
    /// <param name="settings">Extra hub settings (<c>--Hub:…=…</c>).</param>
    public static async Task<FleetHub> StartAsync(string modelsFolder, params string[] settings)
    {
        string folder = AppContext.BaseDirectory;
        if (!File.Exists(Path.Combine(folder, "WearableAI.Hub")))
        {
            throw new FileNotFoundException($"the hub program is not beside wai ({folder}); build tools/Wai, or pass --hub URL --broker URL");
        }

        HubProcess hub = await HubProcess.StartAsync(folder, modelsFolder, settings);
        return new FleetHub(hub, hub.Http, new Uri($"mqtt://127.0.0.1:{hub.MqttPort}"), $"hub child process (pid {hub.ProcessId}), models {modelsFolder}");
    }

    /// <summary>Uses a running hub.</summary>
    /// <param name="api">Its REST API, e.g. http://localhost:5080.</param>
    /// <param name="broker">Its broker, e.g. mqtt://localhost:1883.</param>
    public static FleetHub Connect(Uri api, Uri broker) =>
        new(null, new HttpClient { BaseAddress = api }, broker, $"running hub {api} (broker {broker})");

    /// <summary>Provisions a device; answers its id and secret.</summary>
    /// <param name="name">Device name.</param>
    /// <param name="group">Group id.</param>
    public async Task<(string Id, string Secret)> ProvisionAsync(string name, string group)
    {
        using HttpResponseMessage response = await _http.PostAsJsonAsync("/api/devices", new { name, group });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the hub refused to provision '{name}' in '{group}': {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("id").GetString()!, body.RootElement.GetProperty("secret").GetString()!);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        else
        {
            _http.Dispose();
        }
    }
}
