using Microsoft.Playwright;

namespace WearableAI.Hub.AppTests.Support;

/// <summary>One live hub and one browser for every browser test (each test opens its own page).</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public LiveHub Hub { get; private set; } = null!;

    public Browser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Hub = await LiveHub.StartAsync();
        Browser = await Browser.LaunchAsync();
        Assertions.SetDefaultExpectTimeout((float)WearableAI.Hub.Tests.Support.Signal.Timeout.TotalMilliseconds);
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

    /// <summary>Saves a screenshot to artifacts/screenshots/ at the repository root; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        string folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WearableAI.sln")))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "hub app in a browser";
}
