using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Cluster;

namespace WearableAI.Hub.Storage;

/// <summary>Registers the hub's storage.</summary>
public static class StorageExtensions
{
    /// <summary>
    /// The database (SQLite in Single mode, the shared PostgreSQL in Cluster mode: <see cref="ClusterOptions"/>),
    /// migrations at startup, the device registry, the readiness check.
    /// </summary>
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HubDatabase>(sp => sp.GetRequiredService<IOptions<ClusterOptions>>().Value.IsCluster
            ? new PostgresHubDatabase(sp.GetRequiredService<IOptions<ClusterOptions>>())
            : new SqliteHubDatabase(sp.GetRequiredService<IOptions<StorageOptions>>()));
        services.AddSingleton<DeviceStore>();
        services.AddHostedService<StorageMigrationService>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }
}
