using WearableAI.Firmware.Host.Watching;
using WearableAI.Shared.Audio;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// A host watch in the test process — the real firmware core on the shipped watch model (<c>models/watch.waim</c>)
/// and its MQTT link to the hub's embedded broker — whose microphone plays the shipped clips "hey nano" and a command
/// word (<c>models/clips/</c>) at their real rate over a quiet room floor, as the hub app's browser tests do.
/// </summary>
public sealed class SpokenWatch : IAsyncDisposable
{
    private const int SampleRate = 16000;
    private readonly HostWatch _watch;
    private readonly string _wav;
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    private SpokenWatch(HostWatch watch, string wav)
    {
        _watch = watch;
        _wav = wav;
    }

    /// <summary>The repository's <c>models/</c> folder (shipped hub.onnx, manifest.json, watch.waim, clips/).</summary>
    public static string ModelsFolder { get; } = Path.GetFullPath(Path.Combine(GoldenFiles.Folder, "..", "..", "..", "..", "models"));

    /// <summary>Starts a watch that hears "hey nano, <paramref name="command"/>" 1.5 s after it starts.</summary>
    public static SpokenWatch Start(int mqttPort, string deviceId, string secret, string command)
    {
        string wav = Path.Combine(Path.GetTempPath(), $"wai-ha-test-{Guid.NewGuid():N}.wav");
        short[] pcm = Compose(Clip("hey_nano"), Clip(command), gain: 0.5);
        File.WriteAllBytes(wav, PcmWav.Write(pcm, 0, pcm.Length, SampleRate));
        var watch = new SpokenWatch(new HostWatch(new HostWatchOptions
        {
            Broker = new Uri($"mqtt://127.0.0.1:{mqttPort}"),
            DeviceId = deviceId,
            Secret = secret,
            WavFiles = [wav],
            ModelBlob = File.ReadAllBytes(Path.Combine(ModelsFolder, "watch.waim")),
        }), wav);
        watch._running = Task.Run(() => watch._watch.RunAsync(watch._stop.Token));
        return watch;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _watch.Dispose();
        _stop.Dispose();
        File.Delete(_wav);
    }

    private static short[] Clip(string word)
    {
        string path = Path.Combine(ModelsFolder, "clips", word + ".wav");
        string? problem = PcmWav.TryParse(File.ReadAllBytes(path), out short[] pcm, out int rate);
        Assert.True(problem is null && rate == SampleRate, $"{path}: {problem ?? rate + " Hz"}");
        return pcm;
    }

    /// <summary>1.5 s of room floor, the wake clip, 150 ms, the command clip, 2.5 s of floor (the app tests' composition).</summary>
    private static short[] Compose(short[] wake, short[] command, double gain)
    {
        int lead = SampleRate * 3 / 2;
        int gap = SampleRate * 150 / 1000;
        var pcm = new short[lead + wake.Length + gap + command.Length + SampleRate * 5 / 2];
        var room = new Random(1);
        for (int i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)room.Next(-100, 101);
        }

        Place(wake, pcm, lead, gain);
        Place(command, pcm, lead + wake.Length + gap, gain);
        return pcm;
    }

    private static void Place(short[] clip, short[] target, int at, double gain)
    {
        for (int i = 0; i < clip.Length; i++)
        {
            target[at + i] = (short)Math.Clamp(target[at + i] + Math.Round(clip[i] * gain), short.MinValue, short.MaxValue);
        }
    }
}
