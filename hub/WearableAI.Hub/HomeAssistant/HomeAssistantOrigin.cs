namespace WearableAI.Hub.HomeAssistant;

/// <summary>The discovery <c>origin</c>: what published the config (Home Assistant logs and shows it).</summary>
/// <param name="Name">The application, "WearableAI hub".</param>
/// <param name="SoftwareVersion">The hub's version.</param>
/// <param name="SupportUrl">Where to find help, or empty to leave it out.</param>
public sealed record HomeAssistantOrigin(string Name, string SoftwareVersion, string SupportUrl)
{
    /// <summary>This hub: its assembly's informational version (without the source hash).</summary>
    public static HomeAssistantOrigin Of(HomeAssistantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string version = typeof(HomeAssistantOrigin).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        return new HomeAssistantOrigin("WearableAI hub", version, options.SupportUrl);
    }
}
