using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests;

/// <summary>The embedded broker's optional TLS listener, from a PFX or a PEM certificate file.</summary>
public sealed class TlsListenerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wai-hub-tls-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("pfx")]
    [InlineData("pem")]
    public async Task A_device_connects_over_TLS_with_its_credentials(string format)
    {
        int tlsPort = FreePort.Next();
        await using var hub = new HubApp(CertificateSettings(format, tlsPort));
        await hub.StartAsync();
        ProvisionedDevice device = await hub.ProvisionAsync();
        Assert.Equal(tlsPort, device.MqttTlsPort);
        await using var client = new DeviceClient();

        Assert.Equal(MqttClientConnectResultCode.Success, await client.ConnectAsync(tlsPort, device.Id, device.Secret, device.Id, tls: true));
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await client.SubscribeAsync(HubTopics.DeviceLevel(device.Id) + "#"));
    }

    private Dictionary<string, string?> CertificateSettings(string format, int tlsPort)
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var settings = new Dictionary<string, string?> { ["Hub:Broker:Tls:Port"] = tlsPort.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (format == "pfx")
        {
            string path = Path.Combine(_folder, "hub.pfx");
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
            settings["Hub:Broker:Tls:CertificatePath"] = path;
            settings["Hub:Broker:Tls:Password"] = "pfx-password";
        }
        else
        {
            string certificatePath = Path.Combine(_folder, "hub.crt");
            string keyPath = Path.Combine(_folder, "hub.key");
            File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
            File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
            settings["Hub:Broker:Tls:CertificatePath"] = certificatePath;
            settings["Hub:Broker:Tls:KeyPath"] = keyPath;
        }

        return settings;
    }
}
