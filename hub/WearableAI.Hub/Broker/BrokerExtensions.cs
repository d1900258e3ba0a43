using Microsoft.Extensions.Options;
using WearableAI.Hub.Security;

namespace WearableAI.Hub.Broker;

/// <summary>Registers the broker (embedded or external) and the hub's bus.</summary>
public static class BrokerExtensions
{
    public static IServiceCollection AddHubBroker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BrokerOptions>().Bind(configuration.GetSection(BrokerOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BrokerOptions>, BrokerOptionsValidator>();
        services.AddSingleton<HubCredential>();

        // Order matters: hosted services start in registration order (storage first, see AddHubStorage).
        services.AddSingleton<EmbeddedBroker>();
        services.AddHostedService<EmbeddedBrokerHost>();
        services.AddSingleton<MosquittoFiles>();
        services.AddHostedService(sp => sp.GetRequiredService<MosquittoFiles>());
        services.AddSingleton<MqttHubBus>();
        services.AddSingleton<IHubBus>(sp => sp.GetRequiredService<MqttHubBus>());
        services.AddHostedService(sp => sp.GetRequiredService<MqttHubBus>());
        services.AddHealthChecks().AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        return services;
    }
}
