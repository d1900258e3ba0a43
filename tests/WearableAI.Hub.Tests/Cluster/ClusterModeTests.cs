using Microsoft.Extensions.DependencyInjection;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// Two hub workers in Cluster mode on a real Mosquitto and PostgreSQL: the broker shares the device traffic
/// between them (MQTT 5 shared subscription), the database is one for both.
/// </summary>
[Collection(ClusterServicesCollection.Name)]
public sealed class ClusterModeTests(ClusterServices services)
{
    [ClusterFact]
    public async Task Two_workers_share_the_watches_traffic_and_one_store_and_every_candidate_gets_exactly_one_verdict()
    {
        string database = await services.CreateDatabaseAsync();
        string shareGroup = "t" + Guid.NewGuid().ToString("N")[..12];
        string models = TestKeywordModel.CreateFolder();
        await using var first = new HubApp(Worker("worker-1", database, shareGroup, models));
        await using var second = new HubApp(Worker("worker-2", database, shareGroup, models));
        await first.StartAsync();
        await second.StartAsync();
        MetricProbe firstProbe = first.Probe;
        MetricProbe secondProbe = second.Probe;

        ProvisionedDevice[] devices = [.. await Task.WhenAll(Enumerable.Range(0, 4).Select(i => first.ProvisionAsync($"watch {i}", $"room-{i}")))];
        using (HttpClient http = second.CreateClient())
        {
            string listed = await http.GetStringAsync("/api/devices");
            Assert.All(devices, d => Assert.Contains(d.Id, listed, StringComparison.Ordinal));
        }

        const int CandidatesPerWatch = 3;
        var watches = new List<Watch>();
        try
        {
            foreach (ProvisionedDevice device in devices)
            {
                watches.Add(await new Watch(device, services.MqttPort).ConnectAsync());
            }

            foreach (Watch watch in watches)
            {
                var sent = new List<uint>();
                var answered = new List<uint>();
                for (int i = 0; i < CandidatesPerWatch; i++)
                {
                    await watch.WakeAsync(TestKeywordModel.WakePattern());
                    sent.Add(watch.LastSequence);
                }

                for (int i = 0; i < CandidatesPerWatch; i++)
                {
                    ResultFrame verdict = await watch.NextAsync<ResultFrame>();
                    Assert.Equal(Verdict.Accepted, verdict.Verdict);
                    answered.Add(verdict.ReplyToSequence);
                }

                Assert.Equal(sent.Order(), answered.Order());
            }
        }
        finally
        {
            foreach (Watch watch in watches)
            {
                await watch.DisposeAsync();
            }
        }

        // The broker rotates the share group's messages: both workers took part.
        Assert.True(firstProbe.Total("wai.hub.messages.in") > 0 && secondProbe.Total("wai.hub.messages.in") > 0,
            $"messages in: worker-1 {firstProbe.Total("wai.hub.messages.in")}, worker-2 {secondProbe.Total("wai.hub.messages.in")}");
        HubDatabase store = second.Services.GetRequiredService<HubDatabase>();
        Assert.Equal(StorageEngine.PostgreSql, store.Engine);
        Assert.Equal((devices.Length * CandidatesPerWatch, devices.Length * CandidatesPerWatch), await ClusterWorkers.WakeResultsAsync(store));
    }

    private Dictionary<string, string?> Worker(string name, string database, string shareGroup, string models) =>
        ClusterWorkers.Settings(services, name, database, shareGroup, models);
}
