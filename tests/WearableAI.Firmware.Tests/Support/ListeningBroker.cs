using System.Buffers;
using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Support;

/// <summary>
/// A real MQTTnet broker in-process on a free port, with a hub-side client subscribed to every
/// device's event topic that counts the wake candidates each device sends (by sequence: a copy the watch re-sends
/// while it waits for a verdict no hub gives here is the same candidate).
/// </summary>
public sealed class ListeningBroker : IAsyncDisposable
{
    private readonly MqttServer _server;
    private readonly IMqttClient _hub = new MqttClientFactory().CreateMqttClient();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<uint, bool>> _candidates = new(StringComparer.Ordinal);
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ListeningBroker(int port)
    {
        Port = port;
        _server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(port).Build());
        _hub.ApplicationMessageReceivedAsync += e =>
        {
            byte[] payload = e.ApplicationMessage.Payload.ToArray();
            string[] topic = e.ApplicationMessage.Topic.Split('/');
            if (topic.Length == 5 && FrameCodec.Decode(payload, 0, payload.Length, out Frame? frame) == FrameError.None && frame is WakeCandidateFrame)
            {
                _candidates.GetOrAdd(topic[3], _ => new ConcurrentDictionary<uint, bool>())[frame.Sequence] = true;
                Interlocked.Exchange(ref _arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>The broker's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Starts the broker and subscribes the hub-side client to wai/v1/dev/+/event.</summary>
    public static async Task<ListeningBroker> StartAsync()
    {
        ListeningBroker broker = new(FreePort.Next());
        await broker._server.StartAsync();
        await broker._hub.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithClientId("hub").Build());
        await broker._hub.SubscribeAsync("wai/v1/dev/+/event", MqttQualityOfServiceLevel.AtLeastOnce);
        return broker;
    }

    /// <summary>Wake candidates received from one device so far.</summary>
    public int CandidatesFrom(string deviceId) => _candidates.TryGetValue(deviceId, out ConcurrentDictionary<uint, bool>? sequences) ? sequences.Count : 0;

    /// <summary>Waits until the device's candidates reached the broker's subscriber (woken by every arrival).</summary>
    public async Task WaitForCandidatesAsync(string deviceId, int count, TimeSpan timeout)
    {
        using CancellationTokenSource cancel = new(timeout);
        while (true)
        {
            Task next = Volatile.Read(ref _arrived).Task;
            if (CandidatesFrom(deviceId) >= count)
            {
                return;
            }

            await next.WaitAsync(cancel.Token);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _hub.DisconnectAsync();
        _hub.Dispose();
        await _server.StopAsync(new MqttServerStopOptions());
        _server.Dispose();
    }
}
