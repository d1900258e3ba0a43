using Microsoft.Playwright;
using WearableAI.Hub.AppTests.Support;
using WearableAI.TestSupport.Audio;
using WearableAI.TestSupport.Watches;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests.Watches;

/// <summary>
/// A watch hears the shipped "hey nano" and "stop" clips; its tiny model raises a wake candidate, the hub's model
/// verifies it and classifies the command, and the timeline shows both as they arrive.
/// </summary>
[Collection(WatchesCollection.Name)]
public sealed class SpokenCommandTests(WatchesFixture app)
{
    [Fact]
    public async Task Hey_nano_stop_spoken_to_a_watch_shows_a_verified_wake_with_its_confidence_and_the_command_stop()
    {
        IPage page = await app.OpenAsync("#/timeline");
        await using SimulatedWatch watch = await app.WatchAsync("Speaking watch", "study", QuietRoom.Phrase("hey_nano", "stop", gain: 0.5));
        ILocator wake = page.Locator($"#timeline li[data-kind='wakeVerdict'][data-device='{watch.DeviceId}']");
        ILocator command = page.Locator($"#timeline li[data-kind='command'][data-device='{watch.DeviceId}']");

        watch.Start();

        await Expect(wake.Locator("[data-verdict]")).ToHaveTextAsync("verified");
        await Expect(wake.Locator("[data-confidence]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^confidence (0\.[5-9]\d|1\.00)$"));
        await Expect(command).ToHaveCountAsync(1);
        await AppFixture.ScreenshotAsync(page, "watches-timeline-command");
        await Expect(command.Locator("[data-command]")).ToHaveTextAsync("stop");
        await Expect(command.Locator("[data-verdict]")).ToHaveTextAsync("verified");
        await page.Context.CloseAsync();
    }
}
