using System.Text;
using WearableAI.Esp32S3.Board;

namespace WearableAI.Firmware.Tests.Esp32S3;

public class WatchConfigTests
{
    [Fact]
    public void The_example_config_in_the_repository_parses_into_every_setting()
    {
        WatchConfig config = WatchConfig.Parse(File.ReadAllBytes(Path.Combine(RepositoryFolders.Root, "firmware", "esp32s3", "wai.config.example")), out string? error);

        Assert.Null(error);
        Assert.Equal("HomeNet", config.WifiSsid);
        Assert.Equal("192.168.1.10", config.BrokerHost);
        Assert.Equal(1883, config.BrokerPort);
        Assert.Equal("watch-1", config.DeviceId);
        Assert.Equal("change-me", config.DeviceSecret);
        Assert.Equal("pool.ntp.org", config.NtpServer);
    }

    [Fact]
    public void Windows_line_ends_comments_blank_lines_and_a_default_port_are_fine()
    {
        string text = "# watch\r\n\r\nwifi.ssid = Net\r\nwifi.password=p=w\r\nbroker=mqtt://hub.local\r\ndevice.id=w-2\r\ndevice.secret=s\r\n";
        WatchConfig config = WatchConfig.Parse(Encoding.ASCII.GetBytes(text), out string? error);

        Assert.Null(error);
        Assert.Equal("Net", config.WifiSsid);
        Assert.Equal("p=w", config.WifiPassword);
        Assert.Equal("hub.local", config.BrokerHost);
        Assert.Equal(1883, config.BrokerPort);
    }

    [Fact]
    public void A_tls_broker_defaults_to_port_8883_and_names_the_certificate_that_signs_the_hubs()
    {
        string text = "wifi.ssid=Net\nbroker=mqtts://hub.local\nbroker.ca=I:\\hub-ca.pem\ndevice.id=w-2\ndevice.secret=s\n";

        WatchConfig config = WatchConfig.Parse(Encoding.ASCII.GetBytes(text), out string? error);

        Assert.Null(error);
        Assert.True(config.BrokerTls);
        Assert.Equal(8883, config.BrokerPort);
        Assert.Equal("hub.local", config.BrokerHost);
        Assert.Equal("I:\\hub-ca.pem", config.BrokerCaPath);
    }

    [Fact]
    public void Pinned_model_digests_are_read_from_repeated_lines()
    {
        string digest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        string text = "wifi.ssid=Net\nbroker=mqtt://hub.local\ndevice.id=w-2\ndevice.secret=s\nmodel.sha256=" + digest + "\nmodel.sha256=" + digest.ToUpperInvariant() + "\n";

        WatchConfig config = WatchConfig.Parse(Encoding.ASCII.GetBytes(text), out string? error);

        Assert.Null(error);
        Assert.Equal(2, config.ModelDigestCount);
        Assert.Equal(Convert.FromHexString(digest), config.ModelDigests[1]);
    }

    [Theory]
    [InlineData("model.sha256=abc\n", "line 1: model.sha256 must be 64 hexadecimal characters")]
    [InlineData("wifi.ssid=a\nbroker=mqtt://h:1\n", "device.id is missing")]
    [InlineData("broker=http://h\n", "line 1: broker must be mqtt://host[:port]")]
    [InlineData("broker=mqtt://h:99999\n", "line 1: broker port must be 1-65535")]
    [InlineData("wifi.ssid=a\nbroker=mqtts://hub.local\ndevice.id=w\n", "broker.ca is missing")]
    [InlineData("wifi.ssid=a\ndevice.id=Watch One\n", "line 2: device.id must be")]
    [InlineData("wifi.sid=a\n", "line 1: unknown key 'wifi.sid'")]
    [InlineData("just text\n", "line 1: expected key=value")]
    public void A_bad_config_is_refused_with_the_line_and_key_but_never_a_secret(string text, string message)
    {
        WatchConfig.Parse(Encoding.ASCII.GetBytes(text + "device.secret=TOPSECRET\n"), out string? error);
        Assert.NotNull(error);
        Assert.StartsWith(message, error);
        Assert.DoesNotContain("TOPSECRET", error);
    }
}
