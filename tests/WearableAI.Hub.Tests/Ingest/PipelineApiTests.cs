using System.Net;
using System.Net.Http.Json;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Ingest;

/// <summary>The data endpoints the web app reads.</summary>
public sealed class PipelineApiTests : IAsyncLifetime
{
    private HubApp _hub = null!;

    public async Task InitializeAsync() => _hub = await PipelineHub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Events_can_be_filtered_by_device_and_kind_and_hello_fills_the_device_registry()
    {
        await using Watch watch = await _hub.WatchAsync("api-home");
        await TimelineWait.HelloAllAsync(_hub, watch);
        await watch.SendAsync(new GestureFrame { Gesture = GestureKind.Raise, Confidence = 20000, PeakMilliG = 1200 });
        await watch.WakeAsync(TestKeywordModel.WakePattern());
        await watch.NextAsync<ResultFrame>();

        using HttpClient http = _hub.CreateClient();
        List<StoredEvent>? gestures = await http.GetFromJsonAsync<List<StoredEvent>>($"/api/events?device={watch.Id}&kind=gesture");
        Assert.Equal("Gesture", Assert.Single(gestures!).Kind);
        Assert.Equal(3, (await http.GetFromJsonAsync<List<StoredEvent>>($"/api/events?device={watch.Id}"))!.Count);
        Assert.Single((await http.GetFromJsonAsync<List<StoredEvent>>($"/api/events?device={watch.Id}&limit=1"))!);

        DeviceRecord? device = await http.GetFromJsonAsync<DeviceRecord>($"/api/devices/{watch.Id}");
        Assert.Equal(("sim", "1.0", 80, true), (device!.Board, device.Firmware, device.Battery, device.Online));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_data_endpoints()
    {
        using HttpClient http = _hub.CreateClient();
        string openApi = await http.GetStringAsync("/openapi/v1.json");

        foreach (string path in new[] { "/api/events", "/api/results", "/api/arbitrations", "/api/devices/{id}/threshold", "/api/rollouts", "/api/devices/{id}/rollout" })
        {
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_threshold_of_an_unknown_device_is_a_404()
    {
        using HttpClient http = _hub.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/devices/nobody/threshold")).StatusCode);
    }
}
