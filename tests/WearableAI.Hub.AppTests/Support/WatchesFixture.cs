using Microsoft.Playwright;
using WearableAI.TestSupport.Watches;

namespace WearableAI.Hub.AppTests.Support;

/// <summary>
/// A live hub on the shipped models (models/hub.onnx, manifest.json) with a 600 ms arbitration window, and
/// one browser (<see cref="AppFixture"/>); tests add simulated watches (<see cref="SimulatedWatch"/>) that talk to its embedded broker.
/// </summary>
public sealed class WatchesFixture : AppFixture
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string?> HubSettings { get; } = new Dictionary<string, string?>
    {
        ["Hub:Inference:ModelsFolder"] = RepositoryFolders.Models,
        // The shipped tiny model fires earlier on a loud watch than on a quiet one (up to ~0.4 s apart for
        // the 12 dB of the arbitration test; firmware/README.md): a wide window keeps both in one round.
        ["Hub:Arbitration:WindowMs"] = "600",
    };

    /// <summary>A watch of a device provisioned through the REST API, hearing <paramref name="microphone"/>.</summary>
    public async Task<SimulatedWatch> WatchAsync(string name, string group, short[] microphone)
    {
        (string id, string secret) = await Hub.ProvisionAsync(name, group);
        return SimulatedWatch.Create(Hub.MqttPort, id, secret, microphone);
    }
}

[CollectionDefinition(Name)]
public sealed class WatchesCollection : ICollectionFixture<WatchesFixture>
{
    public const string Name = "hub on the shipped models with simulated watches";
}
