using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Pipeline;

/// <summary>A real hub with the test keyword model, plus helpers to provision and connect watches.</summary>
public static class PipelineHub
{
    public static async Task<HubApp> StartAsync(Dictionary<string, string?>? settings = null, string? dataFolder = null, string? modelsFolder = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Hub:Inference:ModelsFolder"] = modelsFolder ?? TestKeywordModel.CreateFolder(),
            ["Hub:Arbitration:WindowMs"] = "250",
        };
        foreach (KeyValuePair<string, string?> setting in settings ?? [])
        {
            all[setting.Key] = setting.Value;
        }

        return await new HubApp(all, dataFolder).StartAsync();
    }

    public static async Task<Watch> WatchAsync(this HubApp hub, string group, bool cleanSession = true)
    {
        ProvisionedDevice device = await hub.ProvisionAsync("watch", group);
        return await new Watch(device, hub.MqttPort).ConnectAsync(cleanSession);
    }
}
