using System.Globalization;
using Microsoft.Playwright;
using MQTTnet;
using WearableAI.Hub.AppTests.Support;
using WearableAI.TestSupport.Hubs;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests;

/// <summary>The Devices page: provisioning with the secret shown once, and devices going online and offline.</summary>
[Collection(AppCollection.Name)]
public sealed class DevicesPageTests(AppFixture app)
{
    [Fact]
    public async Task Provisioning_shows_the_secret_once_and_that_secret_connects_to_the_broker()
    {
        IPage page = await app.OpenAsync("#/devices");
        (string id, string secret, int port) = await ProvisionAsync(page, "Secret watch");

        await using var device = new DeviceClient();
        Assert.Equal(MqttClientConnectResultCode.Success, await device.ConnectAsync(port, id, secret, id));
        Assert.Equal(app.Hub.MqttPort, port);

        await page.ReloadAsync();
        await Expect(page.Locator($"article[data-device='{id}']")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("secret-card")).ToHaveCountAsync(0);
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_provisioned_device_that_connects_appears_online_and_offline_when_it_leaves()
    {
        IPage page = await app.OpenAsync("#/devices");
        (string id, string secret, int port) = await ProvisionAsync(page, "Kitchen watch", "family");
        ILocator status = page.Locator($"article[data-device='{id}'] [data-status]");
        await Expect(status).ToHaveTextAsync("offline");

        await using var device = new DeviceClient();
        await device.ConnectAsync(port, id, secret, id);
        await Expect(status).ToHaveTextAsync("online");
        await Expect(page.Locator($"article[data-device='{id}']")).ToContainTextAsync("family");
        await page.GetByTestId("secret-card").GetByRole(AriaRole.Button, new() { Name = "I have saved it" }).ClickAsync();
        await AppFixture.ScreenshotAsync(page, "desktop-devices");

        await device.DisconnectAsync();
        await Expect(status).ToHaveTextAsync("offline");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_device_can_be_renamed_and_moved_to_another_group_from_its_card()
    {
        IPage page = await app.OpenAsync("#/devices");
        (string id, _, _) = await ProvisionAsync(page, "Old name");
        ILocator card = page.Locator($"article[data-device='{id}']");

        await card.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await card.GetByLabel("Name").FillAsync("New name");
        await card.GetByLabel("Group").FillAsync("office");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(card.Locator("[data-name]")).ToHaveTextAsync("New name");
        await Expect(card).ToContainTextAsync("office");
        await page.Context.CloseAsync();
    }

    /// <summary>Fills the form and reads id, secret and MQTT port from the page, as a person would copy them.</summary>
    private static async Task<(string Id, string Secret, int Port)> ProvisionAsync(IPage page, string name, string? group = null)
    {
        await page.Locator("#provision").GetByLabel("Name").FillAsync(name);
        if (group is not null)
        {
            await page.Locator("#provision").GetByLabel("Group").FillAsync(group);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Provision" }).ClickAsync();
        ILocator card = page.GetByTestId("secret-card");
        await Expect(card).ToBeVisibleAsync();
        string id = await card.GetByTestId("device-id").InnerTextAsync();
        string secret = await card.GetByTestId("secret").InnerTextAsync();
        int port = int.Parse(await card.GetByTestId("mqtt-port").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(secret.Length >= 40);
        return (id, secret, port);
    }
}
