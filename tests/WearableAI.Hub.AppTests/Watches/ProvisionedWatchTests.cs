using System.Globalization;
using Microsoft.Playwright;
using WearableAI.Hub.AppTests.Support;
using WearableAI.TestSupport.Audio;
using WearableAI.TestSupport.Watches;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests.Watches;

/// <summary>A device provisioned in the app, then a simulated watch that connects with the secret the app showed once.</summary>
[Collection(WatchesCollection.Name)]
public sealed class ProvisionedWatchTests(WatchesFixture app)
{
    [Fact]
    public async Task A_watch_given_the_secret_shown_at_provisioning_connects_and_shows_online_with_its_board()
    {
        IPage page = await app.OpenAsync("#/devices");
        await page.Locator("#provision").GetByLabel("Name").FillAsync("Wrist watch");
        await page.Locator("#provision").GetByLabel("Group").FillAsync("hall");
        await page.GetByRole(AriaRole.Button, new() { Name = "Provision" }).ClickAsync();
        ILocator secretCard = page.GetByTestId("secret-card");
        string id = await secretCard.GetByTestId("device-id").InnerTextAsync();
        string secret = await secretCard.GetByTestId("secret").InnerTextAsync();
        int port = int.Parse(await secretCard.GetByTestId("mqtt-port").InnerTextAsync(), CultureInfo.InvariantCulture);
        ILocator card = page.Locator($"article[data-device='{id}']");
        await Expect(card.Locator("[data-status]")).ToHaveTextAsync("offline");

        SimulatedWatch watch = SimulatedWatch.Create(port, id, secret, QuietRoom.Floor(seconds: 60)).Start();
        await using (watch)
        {
            await Expect(card.Locator("[data-status]")).ToHaveTextAsync("online");
            await Expect(card).ToContainTextAsync("hall");
            await Expect(card).ToContainTextAsync(WatchBoard);
            await secretCard.GetByRole(AriaRole.Button, new() { Name = "I have saved it" }).ClickAsync();
            await AppFixture.ScreenshotAsync(page, "watches-devices-online");
        }

        await Expect(card.Locator("[data-status]")).ToHaveTextAsync("offline");
        await page.Context.CloseAsync();
    }

    /// <summary>The board name the host watch reports in its hello.</summary>
    private const string WatchBoard = "host";
}
