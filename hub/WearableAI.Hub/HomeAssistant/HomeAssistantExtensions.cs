using Microsoft.Extensions.Options;
using WearableAI.Hub.Security;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>Registers Home Assistant discovery and events (docs/home-assistant.md): nothing runs unless <c>Hub:HomeAssistant:Enabled</c>.</summary>
public static class HomeAssistantExtensions
{
    /// <summary>
    /// Binds <see cref="HomeAssistantOptions"/> (validated at startup) and adds the bridge, which does nothing unless enabled
    /// (the setting is read when the host runs, so configuration added late, as tests do, counts). Call after the
    /// broker, storage, devices, timeline and pipeline are registered: hosted services start in registration order and stop in reverse,
    /// so the bridge connects after the embedded broker started and says goodbye before it stops.
    /// </summary>
    public static IServiceCollection AddHomeAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HomeAssistantOptions>().Bind(configuration.GetSection(HomeAssistantOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HomeAssistantOptions>, HomeAssistantOptionsValidator>();
        services.AddSingleton(sp => new HomeAssistantTopics(sp.GetRequiredService<IOptions<HomeAssistantOptions>>().Value));
        services.AddSingleton(sp => HomeAssistantGuest(sp.GetRequiredService<IOptions<HomeAssistantOptions>>().Value));
        services.AddSingleton<HomeAssistantLink>();
        services.AddHostedService<HomeAssistantBridge>();
        return services;
    }

    /// <summary>
    /// Home Assistant's account on the embedded broker: it reads the discovery and state topics and publishes its
    /// birth and last will (<c>&lt;discovery prefix&gt;/status</c>). Admits nobody unless enabled on the embedded broker.
    /// </summary>
    private static BrokerGuest HomeAssistantGuest(HomeAssistantOptions options)
    {
        HomeAssistantBrokerOptions broker = options.Broker;
        bool admitted = options.Enabled && !broker.IsSeparate;
        return new BrokerGuest(
            admitted ? broker.HomeAssistantUsername : "",
            broker.HomeAssistantPassword,
            [options.DiscoveryPrefix + "/", options.StatePrefix + "/"],
            [new HomeAssistantTopics(options).HomeAssistantStatus]);
    }
}
