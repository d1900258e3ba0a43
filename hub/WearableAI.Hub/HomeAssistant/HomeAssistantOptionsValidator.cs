using Microsoft.Extensions.Options;
using WearableAI.Hub.Broker;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>Checks <see cref="HomeAssistantOptions"/> at startup (only when enabled); each failure names the setting to fix.</summary>
public sealed class HomeAssistantOptionsValidator(IOptions<BrokerOptions> hubBroker) : IValidateOptions<HomeAssistantOptions>
{
    /// <summary>Shortest password accepted for Home Assistant's account on the embedded broker.</summary>
    public const int MinimumPasswordLength = 16;

    public ValidateOptionsResult Validate(string? name, HomeAssistantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        CheckPrefix("Hub:HomeAssistant:DiscoveryPrefix", options.DiscoveryPrefix, failures);
        CheckPrefix("Hub:HomeAssistant:StatePrefix", options.StatePrefix, failures);
        if ((options.StatePrefix + "/").StartsWith(HubTopics.Root, StringComparison.Ordinal) || options.StatePrefix == options.DiscoveryPrefix)
        {
            failures.Add($"Hub:HomeAssistant:StatePrefix must be outside '{HubTopics.Root}' and differ from the discovery prefix (got '{options.StatePrefix}').");
        }

        if (!HomeAssistantTopics.IsNodeId(options.NodeIdPrefix))
        {
            failures.Add($"Hub:HomeAssistant:NodeIdPrefix must be letters, digits, '_' and '-' (got '{options.NodeIdPrefix}').");
        }

        HomeAssistantBrokerOptions broker = options.Broker;
        if (broker.IsSeparate)
        {
            if (HomeAssistantLinkOptions.ParseUrl(broker.Url) is null)
            {
                failures.Add($"Hub:HomeAssistant:Broker:Url must be mqtt://host[:port] or mqtts://host[:port] (got '{broker.Url}').");
            }

            if (!string.IsNullOrEmpty(broker.CaCertificatePath) && !File.Exists(broker.CaCertificatePath))
            {
                failures.Add($"Hub:HomeAssistant:Broker:CaCertificatePath names no file ('{broker.CaCertificatePath}').");
            }
        }
        else if (hubBroker.Value.Mode == BrokerMode.External)
        {
            failures.Add("Hub:HomeAssistant:Broker:Url is required when Hub:Broker:Mode is External: the generated Mosquitto files hold no account for Home Assistant; name the broker Home Assistant uses (docs/home-assistant.md).");
        }
        else if (!HubTopics.IsValidId(broker.HomeAssistantUsername) || broker.HomeAssistantPassword.Length < MinimumPasswordLength)
        {
            failures.Add($"Hub:HomeAssistant:Broker:HomeAssistantUsername (a-z, 0-9, '_', '-') and HomeAssistantPassword (at least {MinimumPasswordLength} characters) are required with the embedded broker: they are the account Home Assistant logs in with; or set Hub:HomeAssistant:Broker:Url to the broker Home Assistant uses.");
        }

        if (options.Hermes.Enabled && !HomeAssistantTopics.IsNodeId(options.Hermes.IntentPrefix + "x"))
        {
            failures.Add($"Hub:HomeAssistant:Hermes:IntentPrefix must be letters, digits, '_' and '-' (got '{options.Hermes.IntentPrefix}').");
        }

        if (options.StateRefreshSeconds < 0)
        {
            failures.Add($"Hub:HomeAssistant:StateRefreshSeconds must be 0 or more (got {options.StateRefreshSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPrefix(string setting, string value, List<string> failures)
    {
        if (string.IsNullOrEmpty(value) || value.StartsWith('/') || value.EndsWith('/') || value.Contains('+', StringComparison.Ordinal) ||
            value.Contains('#', StringComparison.Ordinal) || value.Contains("//", StringComparison.Ordinal) || value.Any(char.IsControl))
        {
            failures.Add($"{setting} must be one or more MQTT topic levels without wildcards or empty levels (got '{value}').");
        }
    }
}
