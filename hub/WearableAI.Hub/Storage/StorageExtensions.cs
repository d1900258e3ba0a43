using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WearableAI.Hub.Storage;

/// <summary>Registers the hub's storage.</summary>
public static class StorageExtensions
{
    /// <summary>SQLite database, migrations at startup, the device registry, the readiness check.</summary>
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HubDatabase>();
        services.AddSingleton<DeviceStore>();
        services.AddHostedService<StorageMigrationService>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }
}
