using System.Diagnostics;
using WearableAI.Firmware.Link;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Tests.Resilience;
using WearableAI.HubLoad;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// A <see cref="FirmwareWatch"/> (the firmware core's link over the real MQTT adapter: Hello on connect, events kept
/// until the hub's receipt and sent again on its schedule) whose clock follows real time, its main loop on a thread of
/// its own: it makes a gesture every <see cref="GestureEvery"/> until told to stop, then keeps servicing the link until
/// every event was receipted.
/// </summary>
public sealed class GesturingWatch(BenchDevice device, int mqttPort) : IDisposable
{
    /// <summary>One gesture this often: two a second, a busy wrist (people make a few a minute).</summary>
    public static readonly TimeSpan GestureEvery = TimeSpan.FromMilliseconds(500);

    private readonly FirmwareWatch _watch = new(
        new ProvisionedDevice(device.Id, device.Id, device.Group, device.Secret!, "127.0.0.1", mqttPort, null), mqttPort, queueCapacity: 64);

    private readonly Stopwatch _running = Stopwatch.StartNew();

    public string Id => _watch.Id;

    public WatchLink Link => _watch.Link;

    /// <summary>Most events waiting for their receipt at once (the watch keeps <see cref="WatchLink.ReceiptSlots"/>).</summary>
    public int MostWaiting { get; private set; }

    /// <summary>Sequences of the gestures made, in order.</summary>
    public IReadOnlyList<uint> Gestures => _watch.Gestures;

    /// <summary>The main loop until <paramref name="stop"/> is cancelled, then until nothing waits for a receipt (bounded).</summary>
    public Task RunAsync(CancellationToken stop) => Task.Factory.StartNew(() =>
    {
        long nextGestureMs = 0;
        while (!stop.IsCancellationRequested)
        {
            Turn();
            if (Link.IsConnected && _running.ElapsedMilliseconds >= nextGestureMs)
            {
                _watch.Gesture();
                nextGestureMs = _running.ElapsedMilliseconds + (long)GestureEvery.TotalMilliseconds;
            }
        }

        DateTime giveUp = DateTime.UtcNow + TimeSpan.FromMinutes(1); // longer than the last re-send (30 s after the event)
        while (DateTime.UtcNow < giveUp && !(Link.IsConnected && Link.Queue.Count == 0 && Link.Unreceipted.Count == 0))
        {
            Turn();
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public void Dispose() => _watch.Dispose();

    private void Turn()
    {
        _watch.Clock.Advance(Math.Max(0, _running.ElapsedMilliseconds - _watch.Clock.UptimeMs));
        Link.Service();
        Link.Poll(8);
        MostWaiting = Math.Max(MostWaiting, Link.Unreceipted.Count);
        Thread.Sleep(5);
    }
}
