using MQTTnet;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Security;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// The hub's MQTT socket holds a backlog of wake candidates. With MQTTnet's default 8 KB buffers a hub worker that fell
/// behind for a moment was fed four candidates per 200 ms window probe from then on, and the watches' candidates waited
/// at the broker until the watches gave up (docs/scale-out.md, "Benchmark": 50 instead of 250 completed candidates a
/// second, dozens lost per 10 s run).
/// </summary>
public sealed class HubSocketBufferTests
{
    /// <summary>The largest frame a watch sends: a wake candidate of 32 bands × 48 frames (docs/bench.md: 1,566 bytes).</summary>
    private const int LargestFrameBytes = 1566;

    [Theory]
    [InlineData(BrokerMode.Embedded, null)]
    [InlineData(BrokerMode.External, null)]
    [InlineData(BrokerMode.External, "worker-2")]
    public void Every_hub_connection_has_socket_buffers_for_hundreds_of_wake_candidates(BrokerMode mode, string? worker)
    {
        var broker = new BrokerOptions { Mode = mode, ExternalUrl = "mqtt://127.0.0.1:1883", Username = "hub", Password = "secret" };

        MqttClientOptions options = HubClientOptions.Build(broker, new HubCredential(), worker);

        var tcp = Assert.IsType<MqttClientTcpOptions>(options.ChannelOptions);
        Assert.True(tcp.BufferSize >= 256 * LargestFrameBytes, $"socket buffers of {tcp.BufferSize} bytes hold only {tcp.BufferSize / LargestFrameBytes} wake candidates");
        Assert.True(FrameCodec.GetEncodedLength(new WakeCandidateFrame { BandCount = 32, FrameCount = 48, Features = new sbyte[32 * 48] }) <= LargestFrameBytes);
    }
}
