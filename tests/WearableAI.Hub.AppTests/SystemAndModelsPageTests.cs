using Microsoft.Playwright;
using WearableAI.Hub.AppTests.Support;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests;

/// <summary>The System, Models and device detail pages.</summary>
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
    public async Task Without_shipped_models_the_models_page_says_so()
    {
        IPage page = await app.OpenAsync("#/models");

        await Expect(page.GetByTestId("no-models")).ToContainTextAsync("no models shipped yet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Device_detail_shows_the_devices_entries_rejects_and_wake_threshold()
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
        await Expect(page.Locator("[data-section='Wake threshold']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-section='Wake threshold'] [data-unavailable]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
