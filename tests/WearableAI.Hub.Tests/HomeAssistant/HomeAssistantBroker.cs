using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// The broker Home Assistant would use (its Mosquitto add-on, say): a real Mosquitto on a free port with two accounts,
/// one for the hub and one for Home Assistant, no anonymous access; with <c>tls</c>, only a TLS listener whose
/// certificate (for 127.0.0.1) a private CA made by the test signed. Deleted with its folder on dispose.
/// </summary>
public sealed class HomeAssistantBroker : IAsyncDisposable
{
    public const string HubUser = "wearableai-hub";
    public const string HubPassword = "hub-password-for-the-ha-test";
    public const string HomeAssistantUser = "homeassistant";
    public const string HomeAssistantPassword = "ha-password-for-the-test";

    private readonly ChildProcess _mosquitto;
    private readonly string _folder;

    private HomeAssistantBroker(ChildProcess mosquitto, string folder, int port, string? caPath)
    {
        _mosquitto = mosquitto;
        _folder = folder;
        Port = port;
        CaPath = caPath;
    }

    public int Port { get; }

    /// <summary>The private CA's certificate (PEM) when the broker speaks TLS, else null.</summary>
    public string? CaPath { get; }

    /// <summary>The hub settings that send discovery and events to this broker.</summary>
    public Dictionary<string, string?> HubSettings() => new()
    {
        ["Hub:HomeAssistant:Enabled"] = "true",
        ["Hub:HomeAssistant:Broker:Url"] = $"{(CaPath is null ? "mqtt" : "mqtts")}://127.0.0.1:{Port}",
        ["Hub:HomeAssistant:Broker:Username"] = HubUser,
        ["Hub:HomeAssistant:Broker:Password"] = HubPassword,
        ["Hub:HomeAssistant:Broker:CaCertificatePath"] = CaPath ?? "",
    };

    /// <summary>mosquitto_sub / mosquitto_pub arguments that connect as Home Assistant.</summary>
    public string[] HomeAssistantLogin(string clientId) =>
        [
            "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-u", HomeAssistantUser, "-P", HomeAssistantPassword, "-i", clientId,
            .. CaPath is null ? Array.Empty<string>() : ["--cafile", CaPath],
        ];

    public static async Task<HomeAssistantBroker> StartAsync(bool tls = false)
    {
        string folder = Directory.CreateTempSubdirectory("wai-ha-broker-").FullName;
        string tlsLines = tls ? WriteCertificates(folder) : "";
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
            {tlsLines}
            user {Environment.UserName}
            log_dest stdout

            """);
        ChildProcess mosquitto = ChildProcess.Start("stdbuf", "-oL", "mosquitto", "-c", config);
        await mosquitto.WaitForLineAsync(" running");
        return new HomeAssistantBroker(mosquitto, folder, port, tls ? Path.Combine(folder, "ca.pem") : null);
    }

    /// <summary>A private CA and a server certificate for 127.0.0.1 it signed; returns the listener's TLS lines.</summary>
    private static string WriteCertificates(string folder)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        using RSA caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=WearableAI test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using X509Certificate2 ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));

        using RSA serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using X509Certificate2 server = serverRequest.Create(ca, now.AddHours(-1), now.AddHours(12), RandomNumberGenerator.GetBytes(8));

        File.WriteAllText(Path.Combine(folder, "ca.pem"), ca.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "server.pem"), server.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "server.key"), serverKey.ExportPkcs8PrivateKeyPem());
        return $"cafile {Path.Combine(folder, "ca.pem")}\ncertfile {Path.Combine(folder, "server.pem")}\nkeyfile {Path.Combine(folder, "server.key")}";
    }

    public async ValueTask DisposeAsync()
    {
        await _mosquitto.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
