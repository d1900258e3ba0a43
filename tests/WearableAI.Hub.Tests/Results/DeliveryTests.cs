using System.Net.Http.Json;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Results;

/// <summary>Results reach devices that were briefly away, and nothing is lost or doubled across a hub restart.</summary>
public sealed class DeliveryTests
{
    [Fact]
    public async Task A_device_offline_when_its_result_is_published_gets_it_after_reconnecting()
    {
        await using HubApp hub = await PipelineHub.StartAsync();
        await using Watch away = await hub.WatchAsync("hall", cleanSession: false);
        await using Watch other = await hub.WatchAsync("hall");
        await using Watch silent = await hub.WatchAsync("hall");
        await TimelineWait.HelloAllAsync(hub, away, other, silent);

        // The round (window 250 ms) waits for the others, so the result is published after `away` left.
        await away.WakeAsync(TestKeywordModel.WakePattern(), voice: 100, ambient: 20);
        await away.DisconnectAsync();
        await other.WakeAsync(TestKeywordModel.WakePattern(), voice: 40, ambient: 30);
        Assert.Equal(Verdict.StandDown, (await other.NextAsync<ResultFrame>()).Verdict);

        await away.ConnectAsync(cleanSession: false);
        ResultFrame result = await away.NextAsync<ResultFrame>();
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(away.LastSequence, result.ReplyToSequence);
    }

    [Fact]
    public async Task After_a_hub_restart_nothing_acknowledged_is_lost_and_a_redelivery_is_not_counted_twice()
    {
        string data = Directory.CreateTempSubdirectory("wai-restart-").FullName;
        string models = TestKeywordModel.CreateFolder();
        var settings = new Dictionary<string, string?>();
        ProvisionedDevice device;
        byte[] wake;
        await using (HubApp first = await PipelineHub.StartAsync(settings, data, models))
        {
            await using Watch watch = await first.WatchAsync("home");
            device = watch.Device;
            await watch.HelloAsync();
            wake = await watch.WakeAsync(TestKeywordModel.WakePattern());
            Assert.Equal(Verdict.Accepted, (await watch.NextAsync<ResultFrame>()).Verdict);
        }

        await using HubApp second = await PipelineHub.StartAsync(settings, data, models);
        using var metrics = new MetricProbe(second.Metrics.Meter);
        await using Watch again = await new Watch(device, second.MqttPort).ConnectAsync();
        await again.SendRawAsync(wake); // the watch never saw the PUBACK, say, and sends it again
        await metrics.WaitForAsync("wai.hub.frames.duplicates", 1);

        using HttpClient http = second.CreateClient();
        List<StoredEvent>? events = await http.GetFromJsonAsync<List<StoredEvent>>($"/api/events?device={device.Id}");
        Assert.Equal(["WakeCandidate", "Hello"], events!.Select(e => e.Kind));
        List<WearableAI.Hub.ResultDelivery.StoredResult>? results = await http.GetFromJsonAsync<List<WearableAI.Hub.ResultDelivery.StoredResult>>($"/api/results?device={device.Id}");
        Assert.Single(results!);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
