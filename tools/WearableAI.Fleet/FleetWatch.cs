using WearableAI.Firmware;
using WearableAI.Firmware.Host.Mqtt;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.State;

namespace WearableAI.Fleet;

/// <summary>
/// One simulated watch of a fleet: the real firmware core (<see cref="Firmware.Watch"/>) with a
/// <see cref="RoomMicrophone"/>, the shared <see cref="FleetClock"/> and a real MQTTnet link to the
/// hub behind a <see cref="CountingLink"/>. Not thread-safe: one loop steps every watch.
/// </summary>
public sealed class FleetWatch : IDisposable
{
    private readonly MqttMessageLink _mqtt;

    /// <summary>Builds the watch; nothing connects before the first <see cref="Step"/>.</summary>
    /// <param name="place">Name, room and position.</param>
    /// <param name="deviceId">Its id on the hub.</param>
    /// <param name="secret">Its secret on the hub.</param>
    /// <param name="broker">mqtt://host:port.</param>
    /// <param name="modelBlob">The tiny model blob to install.</param>
    /// <param name="clock">The fleet's clock.</param>
    /// <param name="seed">Noise seed.</param>
    public FleetWatch(SceneWatch place, string deviceId, string secret, Uri broker, byte[] modelBlob, FleetClock clock, int seed)
    {
        Place = place;
        DeviceId = deviceId;
        Microphone = new RoomMicrophone(clock, place.NoiseDb, seed);
        _mqtt = new MqttMessageLink(broker, deviceId, secret);
        Link = new CountingLink(_mqtt, clock, deviceId);
        var store = new InMemoryModelStore(64 * 1024);
        store.WriteStaging(0, modelBlob, 0, modelBlob.Length);
        store.Swap();
        var settings = new WatchSettings { MaxModelBytes = 64 * 1024 };
        settings.Identity.DeviceId = deviceId;
        Watch = new Watch(
            new WatchHardware { Audio = Microphone, Indicator = new RecordingIndicator(), Clock = clock, Link = Link, ModelStore = store },
            settings);
    }

    /// <summary>Name, room, position.</summary>
    public SceneWatch Place { get; }

    /// <summary>Device id on the hub.</summary>
    public string DeviceId { get; }

    /// <summary>The firmware core.</summary>
    public Watch Watch { get; }

    /// <summary>Its microphone.</summary>
    public RoomMicrophone Microphone { get; }

    /// <summary>The counted link.</summary>
    public CountingLink Link { get; }

    /// <summary>Connected, nothing queued and idle.</summary>
    public bool IsSettled => Link.IsConnected && Watch.Link.Queue.Count == 0 && Watch.Machine.State == WatchState.Idle;

    /// <summary>One main-loop turn.</summary>
    public void Step() => Watch.Step();

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            _mqtt.Disconnect();
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            // Gone already.
        }

        _mqtt.Dispose();
    }
}
