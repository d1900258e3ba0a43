namespace WearableAI.Hub.Timeline;

/// <summary>Registers the live timeline feed.</summary>
public static class TimelineExtensions
{
    /// <summary>Adds <see cref="TimelineFeed"/> (singleton) and the system <see cref="TimeProvider"/> if none is registered.</summary>
    public static IServiceCollection AddHubTimeline(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TimelineFeed>();
        return services;
    }
}
