using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using WearableAI.Shared.Protocol;

namespace WearableAI.HubLoad;

/// <summary>One simulated watch of the bench: sends numbered WakeCandidate frames and times each one's result.</summary>
internal sealed class Sender(BenchDevice device) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly string _eventTopic = Topics.ForDevice(device.Id, TopicChannel.Event);
    private readonly string _resultTopic = Topics.ForDevice(device.Id, TopicChannel.Result);
    private uint _sequence;
    private long _duplicates;
    private long _errors;
    private long _sent;

    public ConcurrentDictionary<uint, long> Pending { get; } = new();

    /// <summary>When each result arrived (Stopwatch timestamps), for the longest gap between answers.</summary>
    public ConcurrentQueue<long> Answered { get; private set; } = new();

    /// <summary>Candidates <see cref="SendClosedLoopAsync"/> gave up waiting for.</summary>
    public long GivenUp => Interlocked.Read(ref _givenUp);

    private readonly ConcurrentDictionary<uint, TaskCompletionSource> _waiting = new();
    private long _givenUp;
    private long _resent;

    /// <summary>Candidates <see cref="SendClosedLoopAsync"/> sent again for want of a result.</summary>
    public long Resent => Interlocked.Read(ref _resent);

    public ConcurrentBag<double> Latencies { get; private set; } = [];

    public long Sent => Interlocked.Read(ref _sent);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Errors => Interlocked.Read(ref _errors);

    public void Reset()
    {
        Pending.Clear();
        Latencies = [];
        Answered = new();
        _waiting.Clear();
        _sent = _duplicates = _errors = _givenUp = _resent = 0;
    }

    public async Task ConnectAsync(int port)
    {
        _client.ApplicationMessageReceivedAsync += e =>
        {
            long now = Stopwatch.GetTimestamp(); // its results only: the one topic it subscribes to
            byte[] bytes = e.ApplicationMessage.Payload.ToArray();
            if (FrameCodec.Decode(bytes, 0, bytes.Length, out Frame? frame) != FrameError.None || frame is null)
            {
                Interlocked.Increment(ref _errors);
                return Task.CompletedTask;
            }

            // The hub answers with a Result naming the sequence; the echo returns the candidate itself.
            uint sequence = frame is ResultFrame result ? result.ReplyToSequence : frame.Sequence;
            if (Pending.TryRemove(sequence, out long sentAt))
            {
                Latencies.Add(Stopwatch.GetElapsedTime(sentAt, now).TotalMilliseconds);
                Answered.Enqueue(now);
                if (_waiting.TryRemove(sequence, out TaskCompletionSource? waiter))
                {
                    waiter.TrySetResult();
                }
            }
            else
            {
                Interlocked.Increment(ref _duplicates);
            }

            return Task.CompletedTask;
        };
        MqttClientOptionsBuilder options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(device.Id)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(3600)
            .WithTimeout(TimeSpan.FromSeconds(20));
        if (device.Secret is not null)
        {
            options = options.WithCredentials(device.Id, device.Secret);
        }

        MqttClientConnectResult connected = await _client.ConnectAsync(options.Build());
        if (connected.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"device {device.Id} could not connect: {connected.ResultCode}");
        }

        // Its results only: the device filter would also bring each candidate back to its sender (1.6 KB per frame, for
        // the broker and this process to move and drop), load the bench puts on the machine and not on the hub.
        await _client.SubscribeAsync(_resultTopic, MqttQualityOfServiceLevel.AtLeastOnce);
    }

    public async Task SendLoopAsync(sbyte[] features, Stopwatch clock, TimeSpan period, TimeSpan end, TimeSpan phase)
    {
        for (TimeSpan due = phase; due < end; due += period)
        {
            TimeSpan wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            await SendOneAsync(features, null);
        }
    }

    /// <summary>
    /// Closed loop: one candidate outstanding at a time until <paramref name="end"/> — send, wait for its result, send the
    /// next. A candidate without a result is sent again every <paramref name="resendAfter"/>, at most
    /// <paramref name="resends"/> times (same bytes and sequence, as the watch does; the hub de-duplicates); after
    /// <paramref name="giveUp"/> it is counted given up. Enough devices doing this saturate the hub.
    /// </summary>
    public async Task SendClosedLoopAsync(sbyte[] features, Stopwatch clock, TimeSpan end, TimeSpan resendAfter, int resends, TimeSpan giveUp)
    {
        while (clock.Elapsed < end)
        {
            var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (uint sequence, byte[] bytes) = await SendOneAsync(features, answered);
            var waiting = Stopwatch.StartNew();
            int resent = 0;
            while (!answered.Task.IsCompleted && waiting.Elapsed < giveUp)
            {
                TimeSpan left = giveUp - waiting.Elapsed;
                TimeSpan wait = resent < resends && resendAfter < left ? resendAfter : left;
                try
                {
                    await answered.Task.WaitAsync(wait);
                }
                catch (TimeoutException) when (resent < resends && waiting.Elapsed < giveUp)
                {
                    resent++;
                    Interlocked.Increment(ref _resent);
                    await PublishAsync(bytes);
                }
                catch (TimeoutException)
                {
                    // Given up below.
                }
            }

            if (!answered.Task.IsCompleted)
            {
                _waiting.TryRemove(sequence, out _);
                Interlocked.Increment(ref _givenUp);
            }
        }
    }

    private async Task<(uint Sequence, byte[] Bytes)> SendOneAsync(sbyte[] features, TaskCompletionSource? answered)
    {
        var frame = new WakeCandidateFrame
        {
            Sequence = ++_sequence, TimestampMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            Score = 30000, VoiceEnergy = 80, AmbientEnergy = 30, PreRollFrames = 2,
            BandCount = LoadGenerator.Bands, FrameCount = LoadGenerator.Frames, Features = features,
        };
        byte[] bytes = new byte[FrameCodec.GetEncodedLength(frame)];
        FrameCodec.Encode(frame, bytes, 0);
        if (answered is not null)
        {
            _waiting[frame.Sequence] = answered;
        }

        Pending[frame.Sequence] = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _sent);
        await PublishAsync(bytes);
        return (frame.Sequence, bytes);
    }

    private async Task PublishAsync(byte[] bytes)
    {
        try
        {
            await _client.PublishBinaryAsync(_eventTopic, bytes, MqttQualityOfServiceLevel.AtLeastOnce);
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            Interlocked.Increment(ref _errors);
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
