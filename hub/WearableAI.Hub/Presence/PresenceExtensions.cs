using WearableAI.Hub.Broker;

namespace WearableAI.Hub.Presence;

/// <summary>Registers presence: its one writer (<see cref="PresenceStore"/>, also told the broker's connects), frame activity and the heartbeat timeout.</summary>
public static class PresenceExtensions
{
    public static IServiceCollection AddHubPresence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PresenceOptions>().Bind(configuration.GetSection(PresenceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PresenceStore>();
        services.AddSingleton<IDeviceConnections>(sp => sp.GetRequiredService<PresenceStore>());
        services.AddSingleton<DeviceActivity>();
        services.AddHostedService<HeartbeatTimeoutService>();
        return services;
    }
}
