using Microsoft.Playwright;
using WearableAI.Hub.AppTests.Support;
using WearableAI.Hub.Timeline;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests;

/// <summary>The app on a 360 px wide phone: every section fits the width, nothing scrolls sideways.</summary>
[Collection(AppCollection.Name)]
public sealed class PhoneLayoutTests(AppFixture app)
{
    [Theory]
    [InlineData("#/devices")]
    [InlineData("#/timeline")]
    [InlineData("#/models")]
    [InlineData("#/system")]
    public async Task Each_section_fits_a_360_pixel_phone_screen(string route)
    {
        app.Hub.Feed.Publish(TimelineKind.Arbitration, null, "home", "2 devices heard 'hey nano': phone-a answers",
            new { winner = "phone-a", reason = "closest", candidates = new[] { new { deviceId = "phone-a", voiceEnergy = 0.9, ambientEnergy = 0.1, score = 0.93 } } });

        IPage page = await app.OpenAsync(route, width: 360, height: 740, phone: true);
        await Expect(page.Locator("#view h2").First).ToBeVisibleAsync();

        int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{route} is {overflow} px wider than the phone screen");
        await AppFixture.ScreenshotAsync(page, "phone-" + route.TrimStart('#', '/'));
        await page.Context.CloseAsync();
    }
}
