using Microsoft.Playwright;

namespace WearableAI.Hub.AppTests.Support;

/// <summary>
/// A live hub on the shipped models (models/hub.onnx, manifest.json) with a 250 ms arbitration window, and
/// one browser; tests add simulated watches (<see cref="SimulatedWatch"/>) that talk to its embedded broker.
/// </summary>
public sealed class WatchesFixture : IAsyncLifetime
{
    public LiveHub Hub { get; private set; } = null!;

    public Browser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Hub = await LiveHub.StartAsync(new Dictionary<string, string?>
        {
            ["Hub:Inference:ModelsFolder"] = RepositoryFolders.Models,
            // The shipped tiny model fires earlier on a loud watch than on a quiet one (up to ~0.4 s apart for
            // the 12 dB of the arbitration test; firmware/README.md): a wide window keeps both in one round.
            ["Hub:Arbitration:WindowMs"] = "600",
        });
        Browser = await Browser.LaunchAsync();
        Assertions.SetDefaultExpectTimeout((float)WearableAI.Hub.Tests.Support.Signal.Timeout.TotalMilliseconds);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Hub.DisposeAsync();
    }

    /// <summary>Opens the app at a route and waits until its live feed is connected.</summary>
    public async Task<IPage> OpenAsync(string route, int width = 1280, int height = 860, bool phone = false)
    {
        IPage page = await Browser.NewPageAsync(width, height, phone);
        await page.GotoAsync(Hub.Url(route));
        await Assertions.Expect(page.Locator("#live")).ToHaveAttributeAsync("data-state", "open");
        return page;
    }

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
