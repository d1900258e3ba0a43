using Microsoft.Playwright;
using WearableAI.Hub.AppTests.Support;
using WearableAI.TestSupport.Audio;
using WearableAI.TestSupport.Watches;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests.Watches;

/// <summary>
/// Two watches in one room hear the same "hey nano" — one near the speaker (loud), one across the room (quiet,
/// over the same noise floor); the hub arbitrates and the timeline shows who answers, why, and every candidate;
/// the winner goes on to its command.
/// </summary>
[Collection(WatchesCollection.Name)]
public sealed class ArbitrationTests(WatchesFixture app)
{
    [Fact]
    public async Task Two_watches_hearing_the_same_phrase_show_the_nearer_one_winning_with_each_candidates_energies_and_score()
    {
        IPage page = await app.OpenAsync("#/timeline");
        await using SimulatedWatch near = await app.WatchAsync("Near watch", "kitchen", QuietRoom.Phrase("hey_nano", "stop", gain: 0.5));
        await using SimulatedWatch far = await app.WatchAsync("Far watch", "kitchen", QuietRoom.Phrase("hey_nano", "stop", gain: 0.125));
        ILocator arbitration = page.Locator("#timeline li[data-kind='arbitration']").Filter(new() { HasText = "group kitchen" });

        near.Start();
        far.Start();

        await Expect(arbitration.Locator("[data-winner]")).ToHaveTextAsync(near.DeviceId);
        await Expect(arbitration.Locator("[data-reason]")).Not.ToBeEmptyAsync();
        ILocator nearRow = arbitration.Locator($"tr[data-candidate='{near.DeviceId}']");
        ILocator farRow = arbitration.Locator($"tr[data-candidate='{far.DeviceId}']");
        await Expect(nearRow).ToHaveClassAsync("winner");
        await Expect(farRow).Not.ToHaveClassAsync("winner");
        int nearVoice = await NumberAsync(nearRow.Locator("[data-voice]"));
        int farVoice = await NumberAsync(farRow.Locator("[data-voice]"));
        Assert.True(nearVoice > farVoice, $"the near watch's voice energy {nearVoice} should exceed the far one's {farVoice}");
        Assert.True(await ScoreAsync(nearRow) > await ScoreAsync(farRow), "the winner's arbitration score is the higher one");
        await Expect(page.Locator($"#timeline li[data-kind='wakeVerdict'][data-device='{far.DeviceId}'] [data-verdict]")).ToHaveTextAsync("stand down");
        await Expect(page.Locator($"#timeline li[data-kind='command'][data-device='{near.DeviceId}'] [data-command]")).ToHaveTextAsync("stop");
        await AppFixture.ScreenshotAsync(page, "watches-timeline-arbitration");
        await AppFixture.ScreenshotAsync(page, "hub-app", fullPage: false); // the README's picture (docs/images/hub-app.png)
        await page.Context.CloseAsync();

        IPage phone = await app.OpenAsync("#/timeline", width: 360, height: 740, phone: true);
        ILocator onPhone = phone.Locator("#timeline li[data-kind='arbitration']").Filter(new() { HasText = "group kitchen" });
        await Expect(onPhone.Locator("[data-winner]")).ToHaveTextAsync(near.DeviceId);
        int overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the timeline with a real arbitration is {overflow} px wider than a 360 px phone");
        await AppFixture.ScreenshotAsync(phone, "watches-phone-arbitration");
        await phone.Context.CloseAsync();
    }

    private static async Task<int> NumberAsync(ILocator cell) =>
        int.Parse(await cell.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<double> ScoreAsync(ILocator row) =>
        double.Parse(await row.Locator("[data-score]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
}
