using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Timeline;
using WearableAI.TestSupport.Hubs;

namespace WearableAI.Hub.AppTests.Support;

/// <summary>
/// The real hub served by Kestrel on 127.0.0.1 (a free port) so a real browser can open it, with its
/// embedded broker on another free port; its services (the timeline feed, the stats) are at hand for tests.
/// </summary>
public sealed class LiveHub : IAsyncDisposable
{
    private readonly HubApp _app;

    private LiveHub(HubApp app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the page is, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public int MqttPort => _app.MqttPort;

    public string DataFolder => _app.DataFolder;

    public TimelineFeed Feed => _app.Services.GetRequiredService<TimelineFeed>();

    public SystemStats Stats => _app.Services.GetRequiredService<SystemStats>();

    /// <summary>Starts the hub; <paramref name="settings"/> add to or override the test hub's configuration.</summary>
    public static async Task<LiveHub> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        // The hub reads Hub:Web:Urls while its builder is made, before WebApplicationFactory adds the test's
        // settings; "urls" (the host's own key, read when Kestrel starts) is what takes effect: a free port.
        var configuration = new Dictionary<string, string?> { ["Hub:Web:Urls"] = "http://127.0.0.1:0", ["urls"] = "http://127.0.0.1:0" };
        foreach (KeyValuePair<string, string?> setting in settings ?? new Dictionary<string, string?>())
        {
            configuration[setting.Key] = setting.Value;
        }

        var app = new HubApp(configuration);
        app.UseKestrel();
        app.StartServer();
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LiveHub(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>An absolute URL of the page or an endpoint, e.g. <c>Url("#/timeline")</c>.</summary>
    public string Url(string relative) => new Uri(Address, relative).ToString();

    /// <summary>Provisions a device through the REST API, as scripts or the app do; returns its id and secret.</summary>
    public async Task<(string Id, string Secret)> ProvisionAsync(string name, string group)
    {
        using var http = new HttpClient { BaseAddress = Address };
        using HttpResponseMessage response = await http.PostAsJsonAsync("api/devices", new CreateDeviceRequest(name, group));
        response.EnsureSuccessStatusCode();
        ProvisionedDevice device = (await response.Content.ReadFromJsonAsync<ProvisionedDevice>())!;
        return (device.Id, device.Secret);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
