namespace WearableAI.Hub.Tests.Support;

/// <summary>A real Mosquitto for External-mode tests, run from the configuration the hub generates.</summary>
public static class Mosquitto
{
    public const string HubPassword = "hub-password-for-the-test";

    /// <summary>The hub settings for External mode against a Mosquitto on <paramref name="port"/>.</summary>
    public static Dictionary<string, string?> ExternalSettings(int port) => new()
    {
        ["Hub:Broker:Mode"] = "External",
        ["Hub:Broker:ExternalUrl"] = $"mqtt://127.0.0.1:{port}",
        ["Hub:Broker:Username"] = "hub",
        ["Hub:Broker:Password"] = HubPassword,
    };

    /// <summary>
    /// Starts Mosquitto with the hub's generated files as they are, plus what a test run needs: stay the
    /// current user, log to stdout. Provision devices first: the password file is read at start.
    /// </summary>
    public static async Task<ChildProcess> StartAsync(HubApp hub)
    {
        string folder = Path.Combine(hub.DataFolder, "mosquitto");
        string config = Path.Combine(folder, "test.conf");
        await File.WriteAllTextAsync(config, await File.ReadAllTextAsync(Path.Combine(folder, "mosquitto.conf")) + $"user {Environment.UserName}\nlog_dest stdout\n");
        return ChildProcess.Start("mosquitto", "-c", config);
    }
}
