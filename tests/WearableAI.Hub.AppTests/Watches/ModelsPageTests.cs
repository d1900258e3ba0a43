using Microsoft.Playwright;
using WearableAI.Contracts;
using WearableAI.Hub.AppTests.Support;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests.Watches;

/// <summary>The Models page of a hub on the shipped models: what models/manifest.json says, as the hub read it.</summary>
[Collection(WatchesCollection.Name)]
public sealed class ModelsPageTests(WatchesFixture app)
{
    [Fact]
    public async Task The_models_page_shows_the_shipped_version_with_its_headline_figures_and_the_hubs_answer_to_a_rollout_without_a_group()
    {
        ModelManifest shipped = ModelManifestFile.Read(Path.Combine(RepositoryFolders.Models, ModelFiles.ManifestName));
        IPage page = await app.OpenAsync("#/models");

        ILocator card = page.Locator($"article[data-model='{shipped.Version}']");
        await Expect(card).ToContainTextAsync(shipped.WakePhrase ?? shipped.WakeLabel);
        await Expect(card.Locator("tr", new() { HasText = "cascade.wake_miss_rate" })).ToBeVisibleAsync();
        await Expect(card.GetByTestId("model-unavailable")).ToHaveCountAsync(0);
        await card.GetByRole(AriaRole.Button, new() { Name = "Roll out" }).ClickAsync();

        await Expect(card.GetByRole(AriaRole.Status)).ToContainTextAsync("'group' is required");
        await AppFixture.ScreenshotAsync(page, "desktop-models");
        await page.Context.CloseAsync();
    }
}
