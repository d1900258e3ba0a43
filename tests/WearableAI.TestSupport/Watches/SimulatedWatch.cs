using WearableAI.Firmware.Host.Watching;
using WearableAI.Shared.Audio;
using WearableAI.TestSupport.Audio;

namespace WearableAI.TestSupport.Watches;

/// <summary>
/// A host watch in the test process: the real firmware core on the shipped watch model (<c>models/watch.waim</c>), its
/// MQTTnet link to a broker on 127.0.0.1 with the device's id and secret, and a microphone that plays the given samples
/// (e.g. <see cref="QuietRoom.Phrase"/>) at their real rate. Either <see cref="Start"/>ed, to run until disposed, or
/// <see cref="PlayToTheEndAsync"/>. Disposing stops it and deletes its audio file.
/// </summary>
public sealed class SimulatedWatch : IAsyncDisposable
{
    private readonly string _wav;
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    private SimulatedWatch(HostWatch host, string wav, string deviceId)
    {
        Host = host;
        _wav = wav;
        DeviceId = deviceId;
    }

    /// <summary>The device id (= MQTT client id).</summary>
    public string DeviceId { get; }

    /// <summary>The host watch: its firmware core (<see cref="HostWatch.Watch"/>), its link, whether it is done.</summary>
    public HostWatch Host { get; }

    /// <summary>Wake candidates the watch's tiny model raised so far.</summary>
    public int WakeCandidates => Host.Watch.WakeCandidates;

    /// <summary>Builds the watch (nothing runs until <see cref="Start"/> or <see cref="PlayToTheEndAsync"/>).</summary>
    public static SimulatedWatch Create(int mqttPort, string deviceId, string secret, short[] microphone)
    {
        string wav = Path.Combine(Path.GetTempPath(), $"wai-test-watch-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(wav, PcmWav.Write(microphone, 0, microphone.Length, ShippedClips.SampleRate));
        var options = new HostWatchOptions
        {
            Broker = new Uri($"mqtt://127.0.0.1:{mqttPort}"),
            DeviceId = deviceId,
            Secret = secret,
            WavFiles = [wav],
            ModelBlob = ShippedClips.WatchModel(),
        };
        return new SimulatedWatch(new HostWatch(options), wav, deviceId);
    }

    /// <summary>Starts the watch's main loop on the thread pool; it runs until the watch is disposed.</summary>
    public SimulatedWatch Start()
    {
        _running = Task.Run(() => Host.RunAsync(_stop.Token));
        return this;
    }

    /// <summary>
    /// Runs the watch until its audio is played and it is idle with nothing left to send; fails if that takes longer
    /// than <paramref name="patience"/>.
    /// </summary>
    public async Task<SimulatedWatch> PlayToTheEndAsync(TimeSpan patience)
    {
        using CancellationTokenSource stop = new(patience);
        await Host.RunAsync(stop.Token);
        Assert.True(Host.IsDone, $"{DeviceId} finished its audio within {patience.TotalSeconds} s");
        return this;
    }

    /// <summary>Stops the main loop, frees the watch and deletes its audio file.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        Host.Dispose();
        _stop.Dispose();
        File.Delete(_wav);
    }
}
