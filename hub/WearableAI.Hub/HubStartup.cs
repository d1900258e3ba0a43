using Microsoft.Extensions.Options;

namespace WearableAI.Hub;

/// <summary>Configuration sources and the startup error rule of the hub.</summary>
public static class HubStartup
{
    /// <summary>
    /// Adds <c>WAI_</c>-prefixed environment variables (<c>WAI_Hub__Broker__Port=1884</c>) on top of the
    /// defaults (appsettings.json, <c>Hub__…</c> variables), with the command line still last.
    /// </summary>
    public static WebApplicationBuilder AddHubConfigurationSources(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddEnvironmentVariables("WAI_");
        builder.Configuration.AddCommandLine(args);
        return builder;
    }

    /// <summary>
    /// Runs the hub; invalid configuration ends it with one line naming the setting and exit code 2,
    /// a port that cannot be opened with one line and exit code 1.
    /// </summary>
    public static async Task<int> RunHubAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("wai-hub: configuration error: " + string.Join(" ", ex.Failures)).ConfigureAwait(false);
            return 2;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // Several sections failed at once (Cluster mode without PostgreSQL and without an external broker).
            IEnumerable<string> failures = ex.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures);
            await Console.Error.WriteLineAsync("wai-hub: configuration error: " + string.Join(" ", failures)).ConfigureAwait(false);
            return 2;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("wai-hub: configuration error: " + ex.Message).ConfigureAwait(false);
            return 2;
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
        {
            await Console.Error.WriteLineAsync("wai-hub: cannot start: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
    }
}
