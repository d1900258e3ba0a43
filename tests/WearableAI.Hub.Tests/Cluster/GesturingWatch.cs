using WearableAI.Firmware.Host.Devices;
using WearableAI.Firmware.Host.Mqtt;
using WearableAI.Firmware.Link;
using WearableAI.HubLoad;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// A watch made of the firmware core's link (<see cref="WatchLink"/>: Hello on connect, events kept until the hub's
/// receipt and sent again on its schedule) over the real MQTT adapter and a real clock, its main loop on a thread of its
/// own: it makes a gesture every <see cref="GestureEvery"/> until told to stop, then keeps servicing the link until every
/// event was receipted.
/// </summary>
public sealed class GesturingWatch : IDisposable
{
    /// <summary>One gesture this often: two a second, a busy wrist (people make a few a minute).</summary>
    public static readonly TimeSpan GestureEvery = TimeSpan.FromMilliseconds(500);

    private readonly MqttMessageLink _mqtt;
    private readonly SystemClock _clock = new();
    private readonly List<uint> _gestures = [];

    public GesturingWatch(BenchDevice device, int mqttPort)
    {
        Id = device.Id;
        _mqtt = new MqttMessageLink(new Uri($"mqtt://127.0.0.1:{mqttPort}"), device.Id, device.Secret!) { Timeout = TimeSpan.FromSeconds(3) };
        Link = new WatchLink(_mqtt, _clock, new DeviceIdentity { DeviceId = device.Id, BoardName = "sim" }, queueCapacity: 64, FrameCodec.MaxFrameSize,
            (uint)device.Id.GetHashCode(StringComparison.Ordinal));
    }

    public string Id { get; }

    public WatchLink Link { get; }

    /// <summary>Most events waiting for their receipt at once (the watch keeps <see cref="WatchLink.ReceiptSlots"/>).</summary>
    public int MostWaiting { get; private set; }

    /// <summary>Sequences of the gestures made, in order.</summary>
    public IReadOnlyList<uint> Gestures => _gestures;

    /// <summary>The main loop until <paramref name="stop"/> is cancelled, then until nothing waits for a receipt (bounded).</summary>
    public Task RunAsync(CancellationToken stop) => Task.Factory.StartNew(() =>
    {
        long nextGestureMs = 0;
        while (!stop.IsCancellationRequested)
        {
            Turn();
            if (Link.IsConnected && _clock.UptimeMs >= nextGestureMs)
            {
                _gestures.Add(Link.SendGesture(GestureKind.DoubleTap, 30000, 1800));
                nextGestureMs = _clock.UptimeMs + (long)GestureEvery.TotalMilliseconds;
            }
        }

        DateTime giveUp = DateTime.UtcNow + TimeSpan.FromMinutes(1); // longer than the last re-send (30 s after the event)
        while (DateTime.UtcNow < giveUp && !(Link.IsConnected && Link.Queue.Count == 0 && Link.Unreceipted.Count == 0))
        {
            Turn();
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

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

    private void Turn()
    {
        Link.Service();
        Link.Poll(8);
        MostWaiting = Math.Max(MostWaiting, Link.Unreceipted.Count);
        Thread.Sleep(5);
    }
}
