namespace WearableAI.Hub.Commands;

/// <summary>Registers command classification (the CommandFeatures frames that follow an accepted wake word).</summary>
public static class CommandExtensions
{
    public static IServiceCollection AddHubCommands(this IServiceCollection services)
    {
        services.AddSingleton<CommandClassifier>();
        return services;
    }
}
