using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Mqtt;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Link;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// A watch made of the firmware core's link (<see cref="WatchLink"/>: offline queue, back-off with jitter,
/// Status + Hello on connect, heartbeats) over the real <see cref="MqttMessageLink"/>, on a
/// <see cref="SimulatedClock"/> so minutes of back-off pass at once. Not thread-safe: one thread drives it,
/// as the watch's main loop does.
/// </summary>
public sealed class FirmwareWatch : IDisposable
{
    private readonly MqttMessageLink _mqtt;
    private readonly List<uint> _gestures = [];

    public FirmwareWatch(ProvisionedDevice device, int port, int queueCapacity = 32)
    {
        Id = device.Id;
        _mqtt = new MqttMessageLink(new Uri($"mqtt://127.0.0.1:{port}"), device.Id, device.Secret) { Timeout = TimeSpan.FromSeconds(3) };
        Radio = new RadioLink(_mqtt);
        Clock = new SimulatedClock(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Link = new WatchLink(Radio, Clock, new DeviceIdentity { DeviceId = device.Id, BoardName = "sim" }, queueCapacity, FrameCodec.MaxFrameSize, (uint)device.Id.GetHashCode(StringComparison.Ordinal));
    }

    public string Id { get; }

    public SimulatedClock Clock { get; }

    public RadioLink Radio { get; }

    public WatchLink Link { get; }

    /// <summary>Sequence numbers of every gesture this watch sent or queued, in order.</summary>
    public IReadOnlyList<uint> Gestures => _gestures;

    /// <summary>Sends (or queues while offline) a wrist-raise gesture; returns its sequence.</summary>
    public uint Gesture()
    {
        uint sequence = Link.SendGesture(GestureKind.Raise, 30000, 1200);
        _gestures.Add(sequence);
        return sequence;
    }

    /// <summary>
    /// Main-loop turns until connected and the offline queue is empty. While not connected, the simulated clock
    /// jumps to the next reconnect attempt the back-off allows (real time is bounded by <see cref="Signal.Timeout"/>).
    /// </summary>
    public void ServiceUntilDrained()
    {
        DateTime giveUp = DateTime.UtcNow + Signal.Timeout;
        while (!(Link.IsConnected && Link.Queue.Count == 0))
        {
            Assert.True(DateTime.UtcNow < giveUp, $"{Id} did not reconnect and drain in time ({Link.Supervisor.ConnectAttempts} attempts, {Link.Queue.Count} queued)");
            if (!Link.IsConnected && Clock.UptimeMs < Link.Supervisor.NextAttemptMs)
            {
                Clock.Advance(Link.Supervisor.NextAttemptMs - Clock.UptimeMs);
            }

            Link.Service();
        }
    }

    /// <summary>One reconnect attempt that is expected to fail; returns the back-off delay it scheduled (ms).</summary>
    public long FailedAttempt()
    {
        Clock.Advance(Math.Max(0, Link.Supervisor.NextAttemptMs - Clock.UptimeMs));
        int before = Link.Supervisor.ConnectAttempts;
        Link.Service();
        Assert.Equal(before + 1, Link.Supervisor.ConnectAttempts);
        Assert.False(Link.IsConnected);
        return Link.Supervisor.NextAttemptMs - Clock.UptimeMs;
    }

    /// <summary>Waits (real time, bounded) until the MQTT client noticed that the broker went away.</summary>
    public async Task WaitUntilDisconnectedAsync()
    {
        using var timeout = new CancellationTokenSource(Signal.Timeout);
        while (_mqtt.IsConnected)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    public void Dispose()
    {
        try
        {
            _mqtt.Disconnect();
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
        {
            // Already gone.
        }

        _mqtt.Dispose();
    }

    /// <summary>Runs firmware code (which blocks on the broker) on a thread of its own, as the watch's main loop.</summary>
    public static Task OnOwnThread(Action loop) =>
        Task.Factory.StartNew(loop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).WaitAsync(Signal.Timeout * 2);
}
