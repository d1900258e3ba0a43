using System.Buffers;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Pipeline;

/// <summary>A simulated watch: an MQTTnet client speaking binary frames made with the shared codec.</summary>
public sealed class Watch : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<Frame> _received = Channel.CreateUnbounded<Frame>();
    private uint _sequence;

    public Watch(ProvisionedDevice device, int port)
    {
        Device = device;
        Port = port;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            byte[] bytes = e.ApplicationMessage.Payload.ToArray();
            if (e.ApplicationMessage.Topic.StartsWith(HubTopics.DeviceLevel(Device.Id), StringComparison.Ordinal)
                && FrameCodec.Decode(bytes, 0, bytes.Length, out Frame? frame) == FrameError.None)
            {
                if (frame is ModelChunkFrame chunk)
                {
                    // The decoder points into the buffer; copy the chunk out.
                    chunk.Data = chunk.Data.AsSpan(chunk.DataOffset, chunk.DataLength).ToArray();
                    chunk.DataOffset = 0;
                }

                _received.Writer.TryWrite(frame!);
            }

            return Task.CompletedTask;
        };
    }

    public ProvisionedDevice Device { get; }

    public int Port { get; set; }

    public string Id => Device.Id;

    public uint LastSequence => _sequence;

    /// <summary>Connects (persistent MQTT 5 session unless <paramref name="cleanSession"/>) and subscribes to its own topics.</summary>
    public async Task<Watch> ConnectAsync(bool cleanSession = true)
    {
        MqttClientOptions options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(cleanSession)
            .WithSessionExpiryInterval(cleanSession ? 0u : 3600u)
            .WithCredentials(Device.Id, Device.Secret)
            .WithClientId(Device.Id)
            .WithTimeout(Signal.Timeout)
            .Build();
        MqttClientConnectResult result = await _client.ConnectAsync(options).Within();
        Assert.Equal(MqttClientConnectResultCode.Success, result.ResultCode);
        if (!result.IsSessionPresent)
        {
            await _client.SubscribeAsync(Topics.DeviceFilter(Device.Id), MqttQualityOfServiceLevel.AtLeastOnce).Within();
        }

        return this;
    }

    public Task DisconnectAsync() => _client.DisconnectAsync().Within();

    /// <summary>Numbers, encodes and publishes a frame on the event topic; returns the bytes sent.</summary>
    public async Task<byte[]> SendAsync(Frame frame)
    {
        frame.Sequence = ++_sequence;
        frame.TimestampMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        byte[] bytes = new byte[FrameCodec.GetEncodedLength(frame)];
        FrameCodec.Encode(frame, bytes, 0);
        await SendRawAsync(bytes);
        return bytes;
    }

    public Task SendRawAsync(byte[] bytes, string? topic = null) =>
        _client.PublishBinaryAsync(topic ?? HubTopics.Event(Device.Id), bytes, MqttQualityOfServiceLevel.AtLeastOnce).Within();

    public Task<byte[]> HelloAsync(uint modelVersion = 0) => SendAsync(new HelloFrame
    {
        BoardName = "sim", FirmwareVersion = "1.0", ModelVersion = modelVersion, Capabilities = DeviceCapabilities.Microphone, BatteryPercent = 80, FreeMemoryBytes = 50_000,
    });

    public Task<byte[]> WakeAsync(sbyte[] features, short voice = 80, short ambient = 30) => SendAsync(new WakeCandidateFrame
    {
        Score = 30000, VoiceEnergy = voice, AmbientEnergy = ambient, PreRollFrames = 2,
        BandCount = TestKeywordModel.Bands, FrameCount = TestKeywordModel.Frames, Features = features,
    });

    public Task<byte[]> CommandAsync(uint replyTo, sbyte[] features) => SendAsync(new CommandFeaturesFrame
    {
        ReplyToSequence = replyTo, BandCount = TestKeywordModel.Bands, FrameCount = TestKeywordModel.Frames, Features = features,
    });

    /// <summary>The next frame of a kind addressed to this watch (others are skipped).</summary>
    public async Task<T> NextAsync<T>() where T : Frame
    {
        while (true)
        {
            Frame frame = await _received.Reader.ReadAsync().AsTask().Within();
            if (frame is T wanted)
            {
                return wanted;
            }
        }
    }

    /// <summary>The next frame of a kind addressed to this watch, or null if none came within <paramref name="wait"/> (nothing is consumed then).</summary>
    public async Task<T?> NextWithinAsync<T>(TimeSpan wait) where T : Frame
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            while (true)
            {
                Frame frame = await _received.Reader.ReadAsync(timeout.Token);
                if (frame is T wanted)
                {
                    return wanted;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }
}
