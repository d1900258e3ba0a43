using System.Globalization;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests;

/// <summary>Debian's mosquitto_pub / mosquitto_sub (another MQTT implementation) against the embedded broker.</summary>
public sealed class MosquittoClientTests : IAsyncLifetime
{
    private readonly HubApp _hub = new();

    public Task InitializeAsync() => _hub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [InlineData("mqttv311")]
    [InlineData("mqttv5")]
    public async Task mosquitto_pub_with_the_devices_credentials_delivers_an_event_to_the_hub(string protocol)
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();
        TaskCompletionSource<HubMessage> received = Signal.New<HubMessage>();
        await using IAsyncDisposable subscription = await _hub.Bus.SubscribeAsync(HubTopics.AllEvents, m => { received.TrySetResult(m); return Task.CompletedTask; });

        (int exitCode, ChildProcess pub) = await ChildProcess.RunAsync("mosquitto_pub", [.. Connection(device, device.Secret), "-V", protocol, "-q", "1", "-t", HubTopics.Event(device.Id), "-m", "hello"]);
        await using (pub)
        {
            Assert.True(exitCode == 0, pub.Errors);
        }

        Assert.Equal("hello"u8.ToArray(), (await received.Task.Within()).Payload.ToArray());
    }

    [Theory]
    [InlineData("mqttv311")]
    [InlineData("mqttv5")]
    public async Task mosquitto_pub_with_a_wrong_password_is_refused(string protocol)
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();

        (int exitCode, ChildProcess pub) = await ChildProcess.RunAsync("mosquitto_pub", [.. Connection(device, "not-the-secret"), "-V", protocol, "-t", HubTopics.Event(device.Id), "-m", "x"]);
        await using (pub)
        {
            Assert.NotEqual(0, exitCode);
            Assert.Contains("bad user name or password", pub.Errors, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task mosquitto_sub_receives_the_hubs_result_for_its_device()
    {
        ProvisionedDevice device = await _hub.ProvisionAsync();
        await using ChildProcess sub = ChildProcess.Start("stdbuf", ["-oL", "mosquitto_sub", .. Connection(device, device.Secret), "-d", "-q", "1", "-C", "1", "-t", HubTopics.DeviceLevel(device.Id) + "#"]);
        await sub.WaitForLineAsync("received SUBACK"); // -d debug output; stdbuf makes it line-buffered

        await _hub.Bus.PublishAsync(HubTopics.Result(device.Id), "yes"u8.ToArray());

        Assert.Equal(0, await sub.WaitForExitAsync());
        Assert.Contains("\nyes\n", sub.Output, StringComparison.Ordinal); // the payload line, between debug lines
    }

    private static string[] Connection(ProvisionedDevice device, string password) =>
        ["-h", "127.0.0.1", "-p", device.MqttPort.ToString(CultureInfo.InvariantCulture), "-u", device.Id, "-P", password, "-i", device.Id];
}
