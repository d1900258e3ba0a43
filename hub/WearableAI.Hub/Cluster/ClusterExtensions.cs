using Microsoft.Extensions.Options;

namespace WearableAI.Hub.Cluster;

/// <summary>Registers the cluster settings (read by the broker and storage rooms).</summary>
public static class ClusterExtensions
{
    /// <summary>Binds and validates <see cref="ClusterOptions"/>.</summary>
    public static IServiceCollection AddHubCluster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        return services;
    }
}
