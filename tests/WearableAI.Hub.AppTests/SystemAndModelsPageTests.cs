using Microsoft.Playwright;
using WearableAI.Hub.AppTests.Support;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests;

/// <summary>The System, Models and device detail pages, including parts of the hub that are not there yet.</summary>
[Collection(AppCollection.Name)]
public sealed class SystemAndModelsPageTests(AppFixture app)
{
    [Fact]
    public async Task The_system_page_shows_rejects_by_reason_and_draws_the_latency_chart()
    {
        app.Hub.Stats.RecordReject("bad-crc", "sys-watch");
        app.Hub.Stats.RecordReject("bad-crc", "sys-watch");
        foreach (double ms in new[] { 12.0, 14.5, 11.2, 30.1, 13.3 })
        {
            app.Hub.Stats.RecordInferenceLatency(TimeSpan.FromMilliseconds(ms), "sys-watch");
        }

        IPage page = await app.OpenAsync("#/system");

        await Expect(page.GetByTestId("rejects").Locator("tr", new() { HasText = "bad-crc" })).ToContainTextAsync("2");
        await Expect(page.GetByTestId("latency-summary")).ToContainTextAsync("samples");
        await Expect(page.Locator("svg.chart polyline")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("uptime")).ToBeVisibleAsync();
        await AppFixture.ScreenshotAsync(page, "desktop-system");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_models_page_lists_versions_with_metrics_and_says_when_rollouts_are_not_available()
    {
        string folder = Path.Combine(app.Hub.DataFolder, "models");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"),
            """{ "models": [ { "version": "2026.11.1", "tier": "hub", "metrics": { "accuracy": 0.9412, "falseAcceptsPerHour": 0.5 } } ] }""");

        IPage page = await app.OpenAsync("#/models");
        ILocator card = page.Locator("article[data-model='2026.11.1']");
        await Expect(card).ToContainTextAsync("accuracy");
        await Expect(card).ToContainTextAsync("0.9412");
        await card.GetByRole(AriaRole.Button, new() { Name = "Roll out" }).ClickAsync();

        await Expect(card.GetByRole(AriaRole.Status)).ToContainTextAsync("not available");
        File.Delete(Path.Combine(folder, "manifest.json"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Device_detail_shows_the_devices_entries_and_marks_missing_hub_parts_as_not_available()
    {
        IPage page = await app.OpenAsync("#/devices");
        await page.Locator("#provision").GetByLabel("Name").FillAsync("Detail watch");
        await page.GetByRole(AriaRole.Button, new() { Name = "Provision" }).ClickAsync();
        string id = await page.GetByTestId("device-id").InnerTextAsync();
        app.Hub.Stats.RecordReject("rate-limit", id);
        app.Hub.Feed.Publish(WearableAI.Hub.Timeline.TimelineKind.Command, id, "home", "command 'up'", new { command = "up", confidence = 0.8 });

        await page.Locator($"article[data-device='{id}']").GetByRole(AriaRole.Link, new() { Name = "Details" }).ClickAsync();

        await Expect(page.Locator("[data-command='up']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-section='Rejects by reason']")).ToContainTextAsync("rate-limit");
        await Expect(page.Locator("[data-section='Wake threshold'] [data-unavailable]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
