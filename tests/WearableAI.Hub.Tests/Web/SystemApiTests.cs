using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Observability;
using WearableAI.Hub.Tests.Resilience;
using WearableAI.Hub.Tests.Support;
using WearableAI.Hub.Timeline;
using WearableAI.Hub.Web;

namespace WearableAI.Hub.Tests.Web;

/// <summary><c>/api/system</c>: rates, rejects, latency, uptime and devices.</summary>
public sealed class SystemApiTests : IAsyncLifetime
{
    private readonly HubApp _hub = new();
    private HttpClient _http = null!;

    private SystemStats Stats => _hub.Services.GetRequiredService<SystemStats>();

    public async Task InitializeAsync()
    {
        await _hub.StartAsync();
        _http = _hub.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task System_shows_rejects_by_reason_latencies_events_and_connected_devices()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync("online watch");
        await using var client = new DeviceClient();
        await client.ConnectAsync(_hub.MqttPort, device.Id, device.Secret, device.Id);
        await _hub.ProvisionAsync("offline watch");
        Stats.RecordReject("bad-crc", device.Id);
        Stats.RecordReject("bad-crc");
        Stats.RecordReject("rate-limit");
        foreach (int ms in new[] { 10, 20, 30, 40 })
        {
            Stats.RecordInferenceLatency(TimeSpan.FromMilliseconds(ms), device.Id);
        }

        _hub.Services.GetRequiredService<TimelineFeed>().Publish(TimelineKind.Gesture, device.Id, "home", "wrist raise");

        // The broker's connect hook records presence after the CONNACK, so the page shows the watch online a moment later.
        using JsonDocument json = await HubQueries.UntilAsync(
            async () => JsonDocument.Parse(await _http.GetStringAsync("/api/system")),
            page => page.RootElement.GetProperty("devicesOnline").GetInt32() == 1);
        JsonElement root = json.RootElement;

        Assert.Equal(2, root.GetProperty("rejects").GetProperty("bad-crc").GetInt64());
        Assert.Equal(1, root.GetProperty("rejects").GetProperty("rate-limit").GetInt64());
        Assert.Equal(4, root.GetProperty("inferenceLatency").GetProperty("count").GetInt32());
        Assert.Equal(20, root.GetProperty("inferenceLatency").GetProperty("p50Milliseconds").GetDouble());
        Assert.Equal(40, root.GetProperty("inferenceLatency").GetProperty("p95Milliseconds").GetDouble());
        Assert.Equal(1, root.GetProperty("devicesOnline").GetInt32());
        Assert.Equal(2, root.GetProperty("devicesTotal").GetInt32());
        Assert.True(root.GetProperty("eventsPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("uptimeSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task A_devices_stats_hold_only_its_own_rejects_and_latencies()
    {
        ProvisionedDevice mine = await _hub.ProvisionAsync("mine");
        Stats.RecordReject("low-score", mine.Id);
        Stats.RecordReject("low-score", "someone-else");
        Stats.RecordInferenceLatency(TimeSpan.FromMilliseconds(7), mine.Id);
        Stats.RecordInferenceLatency(TimeSpan.FromMilliseconds(99), "someone-else");

        using JsonDocument json = JsonDocument.Parse(await _http.GetStringAsync($"/api/system/devices/{mine.Id}"));

        Assert.Equal(1, json.RootElement.GetProperty("rejects").GetProperty("low-score").GetInt64());
        JsonElement sample = Assert.Single(json.RootElement.GetProperty("inferenceLatency").GetProperty("samples").EnumerateArray());
        Assert.Equal(7, sample.GetProperty("milliseconds").GetDouble());
    }

    [Theory]
    [InlineData("/api/system/devices/NOT_VALID", HttpStatusCode.BadRequest)]
    [InlineData("/api/system/devices/nobody-here", HttpStatusCode.NotFound)]
    public async Task Stats_of_a_bad_or_unknown_device_are_a_4xx_with_a_json_message(string url, HttpStatusCode expected)
    {
        using HttpResponseMessage response = await _http.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_description_lists_the_app_endpoints()
    {
        string openApi = await _http.GetStringAsync("/openapi/v1.json");

        foreach (string path in new[] { "/api/timeline", "/api/timeline/stream", "/api/system", "/api/system/devices/{id}", "/api/models" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_hub_serves_its_app_page_at_the_root()
    {
        using HttpResponseMessage response = await _http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>WearableAI hub</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
