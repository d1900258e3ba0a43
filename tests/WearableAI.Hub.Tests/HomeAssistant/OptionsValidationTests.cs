using Microsoft.Extensions.Options;
using WearableAI.Hub.Broker;
using WearableAI.Hub.HomeAssistant;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>Bad Home Assistant settings stop the hub at startup with a sentence naming the setting.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("DiscoveryPrefix", "homeassistant/#", "Hub:HomeAssistant:DiscoveryPrefix")]
    [InlineData("StatePrefix", "wai/v1/ha", "Hub:HomeAssistant:StatePrefix")]
    [InlineData("StatePrefix", "homeassistant", "Hub:HomeAssistant:StatePrefix")]
    [InlineData("NodeIdPrefix", "my watch", "Hub:HomeAssistant:NodeIdPrefix")]
    [InlineData("Url", "http://ha.local:8123", "Hub:HomeAssistant:Broker:Url")]
    public void A_bad_setting_is_named(string setting, string value, string named)
    {
        HomeAssistantOptions options = Samples.Options();
        switch (setting)
        {
            case "DiscoveryPrefix": options.DiscoveryPrefix = value; break;
            case "StatePrefix": options.StatePrefix = value; break;
            case "NodeIdPrefix": options.NodeIdPrefix = value; break;
            default: options.Broker.Url = value; break;
        }

        ValidateOptionsResult result = new HomeAssistantOptionsValidator(Microsoft.Extensions.Options.Options.Create(new BrokerOptions())).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hubs_own_external_Mosquitto_needs_a_named_broker_for_Home_Assistant()
    {
        var external = new BrokerOptions { Mode = BrokerMode.External, ExternalUrl = "mqtt://127.0.0.1:1883", Username = "hub", Password = "secret" };

        ValidateOptionsResult result = new HomeAssistantOptionsValidator(Microsoft.Extensions.Options.Options.Create(external)).Validate(null, Samples.Options());

        Assert.True(result.Failed);
        Assert.Contains("Hub:HomeAssistant:Broker:Url is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_broker_needs_an_account_for_Home_Assistant()
    {
        var embedded = Microsoft.Extensions.Options.Options.Create(new BrokerOptions());
        HomeAssistantOptions options = Samples.Options();

        ValidateOptionsResult result = new HomeAssistantOptionsValidator(embedded).Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains("Hub:HomeAssistant:Broker:HomeAssistantUsername", result.FailureMessage, StringComparison.Ordinal);

        options.Broker.HomeAssistantUsername = "homeassistant";
        options.Broker.HomeAssistantPassword = "a-password-of-sufficient-length";
        Assert.True(new HomeAssistantOptionsValidator(embedded).Validate(null, options).Succeeded);
    }

    [Fact]
    public void Turned_off_nothing_is_checked()
    {
        var options = new HomeAssistantOptions { DiscoveryPrefix = "#" };

        Assert.True(new HomeAssistantOptionsValidator(Microsoft.Extensions.Options.Options.Create(new BrokerOptions())).Validate(null, options).Succeeded);
    }
}
