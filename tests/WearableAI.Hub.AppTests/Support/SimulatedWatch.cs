using WearableAI.Firmware.Host.Watching;

namespace WearableAI.Hub.AppTests.Support;

/// <summary>
/// A host watch in the test process: the real firmware core on the shipped watch model (models/watch.waim),
/// its MQTTnet link to the hub's embedded broker with the device's id and secret, and a microphone that
/// plays the given samples at their real rate. Runs until its audio is done or it is disposed.
/// </summary>
public sealed class SimulatedWatch : IAsyncDisposable
{
    private readonly HostWatch _watch;
    private readonly string _wav;
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    private SimulatedWatch(HostWatch watch, string wav, string deviceId)
    {
        _watch = watch;
        _wav = wav;
        DeviceId = deviceId;
    }

    /// <summary>The device id (= MQTT client id).</summary>
    public string DeviceId { get; }

    /// <summary>Builds the watch (nothing runs until <see cref="Start"/>).</summary>
    public static SimulatedWatch Create(int mqttPort, string deviceId, string secret, short[] microphone)
    {
        string wav = SpokenPhrase.WriteTemporaryWav(microphone);
        var options = new HostWatchOptions
        {
            Broker = new Uri($"mqtt://127.0.0.1:{mqttPort}"),
            DeviceId = deviceId,
            Secret = secret,
            WavFiles = [wav],
            ModelBlob = File.ReadAllBytes(Path.Combine(RepositoryFolders.Models, "watch.waim")),
        };
        return new SimulatedWatch(new HostWatch(options), wav, deviceId);
    }

    /// <summary>Wake candidates the watch's tiny model raised so far.</summary>
    public int WakeCandidates => _watch.Watch.WakeCandidates;

    /// <summary>Starts the watch's main loop on the thread pool.</summary>
    public SimulatedWatch Start()
    {
        _running = Task.Run(() => _watch.RunAsync(_stop.Token));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _watch.Dispose();
        _stop.Dispose();
        File.Delete(_wav);
    }
}
