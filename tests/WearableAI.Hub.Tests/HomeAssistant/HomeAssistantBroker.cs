using System.Globalization;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// The broker Home Assistant would use (its Mosquitto add-on, say): a real Mosquitto on a free port with two accounts,
/// one for the hub and one for Home Assistant, no anonymous access. Deleted with its folder on dispose.
/// </summary>
public sealed class HomeAssistantBroker : IAsyncDisposable
{
    public const string HubUser = "wearableai-hub";
    public const string HubPassword = "hub-password-for-the-ha-test";
    public const string HomeAssistantUser = "homeassistant";
    public const string HomeAssistantPassword = "ha-password-for-the-test";

    private readonly ChildProcess _mosquitto;
    private readonly string _folder;

    private HomeAssistantBroker(ChildProcess mosquitto, string folder, int port)
    {
        _mosquitto = mosquitto;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The hub settings that send discovery and events to this broker.</summary>
    public Dictionary<string, string?> HubSettings() => new()
    {
        ["Hub:HomeAssistant:Enabled"] = "true",
        ["Hub:HomeAssistant:Broker:Url"] = $"mqtt://127.0.0.1:{Port}",
        ["Hub:HomeAssistant:Broker:Username"] = HubUser,
        ["Hub:HomeAssistant:Broker:Password"] = HubPassword,
    };

    /// <summary>mosquitto_sub / mosquitto_pub arguments that connect as Home Assistant.</summary>
    public string[] HomeAssistantLogin(string clientId) =>
        ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-u", HomeAssistantUser, "-P", HomeAssistantPassword, "-i", clientId];

    public static async Task<HomeAssistantBroker> StartAsync()
    {
        string folder = Directory.CreateTempSubdirectory("wai-ha-broker-").FullName;
        string passwords = Path.Combine(folder, "passwd");
        Assert.Equal(0, (await ChildProcess.RunAsync("mosquitto_passwd", "-b", "-c", passwords, HubUser, HubPassword)).ExitCode);
        Assert.Equal(0, (await ChildProcess.RunAsync("mosquitto_passwd", "-b", passwords, HomeAssistantUser, HomeAssistantPassword)).ExitCode);
        int port = FreePort.Next();
        string config = Path.Combine(folder, "mosquitto.conf");
        await File.WriteAllTextAsync(config, $"""
            per_listener_settings false
            allow_anonymous false
            password_file {passwords}
            persistence false
            listener {port} 127.0.0.1
            user {Environment.UserName}
            log_dest stdout

            """);
        ChildProcess mosquitto = ChildProcess.Start("stdbuf", "-oL", "mosquitto", "-c", config);
        await mosquitto.WaitForLineAsync(" running");
        return new HomeAssistantBroker(mosquitto, folder, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _mosquitto.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
