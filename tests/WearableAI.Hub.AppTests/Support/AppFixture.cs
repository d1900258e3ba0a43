using Microsoft.Playwright;

namespace WearableAI.Hub.AppTests.Support;

/// <summary>One live hub and one browser for every browser test (each test opens its own page).</summary>
public class AppFixture : IAsyncLifetime
{
    /// <summary>Hub settings on top of the test defaults (none here; <see cref="WatchesFixture"/> sets some).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? HubSettings => null;

    public LiveHub Hub { get; private set; } = null!;

    public Browser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Hub = await LiveHub.StartAsync(HubSettings);
        Browser = await Browser.LaunchAsync();
        Assertions.SetDefaultExpectTimeout((float)Signal.Timeout.TotalMilliseconds);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Hub.DisposeAsync();
    }

    /// <summary>Opens the app at a route (e.g. <c>#/timeline</c>) and waits until its live feed is connected.</summary>
    public async Task<IPage> OpenAsync(string route, int width = 1280, int height = 860, bool phone = false)
    {
        IPage page = await Browser.NewPageAsync(width, height, phone);
        await page.GotoAsync(Hub.Url(route));
        await Assertions.Expect(page.Locator("#live")).ToHaveAttributeAsync("data-state", "open");
        return page;
    }

    /// <summary>Saves a screenshot (the whole page, or only what the window shows) to artifacts/screenshots/ at the repository root; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        string folder = Path.Combine(RepositoryFolders.Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "hub app in a browser";
}
