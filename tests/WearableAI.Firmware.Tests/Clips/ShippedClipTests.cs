using WearableAI.Firmware.Host.Watching;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Audio;
using Xunit.Abstractions;

namespace WearableAI.Firmware.Tests.Clips;

/// <summary>
/// The host watch with the shipped watch model, hearing the shipped clips in a quiet room, connected to a
/// real MQTT broker (MQTTnet, in-process): what reaches the broker is what the hub would see. The audio
/// plays at its real rate (the watch's microphone), several watches at once in one process.
/// Written for any sensible retrained model: the wake phrase at a normal level triggers, a room with
/// nobody speaking never does, and at most a few of the other shipped phrases do.
/// </summary>
public sealed class ShippedClipTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly List<string> _files = [];

    [Fact]
    public async Task Hey_nano_spoken_at_a_normal_level_in_a_quiet_room_reaches_the_broker_as_a_wake_candidate()
    {
        await using ListeningBroker broker = await ListeningBroker.StartAsync();
        short[] pcm = ShippedClips.InRoom(ShippedClips.Read("hey_nano.wav"));

        using HostWatch watch = new(Options(broker, "watch-nano", pcm));
        using CancellationTokenSource stop = new(Patience);
        Task running = watch.RunAsync(stop.Token);
        await broker.WaitForCandidatesAsync("watch-nano", 1, Patience);
        await stop.CancelAsync();
        await running;

        Assert.Equal(1, broker.CandidatesFrom("watch-nano"));
    }

    [Fact]
    public async Task Ten_seconds_of_a_room_with_nobody_speaking_send_no_wake_candidate()
    {
        await using ListeningBroker broker = await ListeningBroker.StartAsync();
        int[] noisePeaks = [0, ShippedClips.RoomNoisePeak, 10 * ShippedClips.RoomNoisePeak];

        // Digital silence, the room's noise floor and a ten times louder hiss, one watch each, at once.
        HostWatch[] watches = await Task.WhenAll(noisePeaks.Select(peak =>
            PlayToTheEndAsync(Options(broker, $"watch-noise-{peak}", ShippedClips.RoomNoise(10 * ShippedClips.SampleRate, peak, seed: 5)))));

        foreach (HostWatch watch in watches)
        {
            using (watch)
            {
                Assert.Equal(10 * ShippedClips.SampleRate, watch.Watch.SamplesRead);
                Assert.True(watch.Link.IsConnected, "the watch was connected to the broker, so anything it triggered was sent");
                Assert.Equal(0, watch.Watch.WakeCandidates);
            }
        }

        Assert.All(noisePeaks, peak => Assert.Equal(0, broker.CandidatesFrom($"watch-noise-{peak}")));
    }

    [Fact]
    public async Task Most_command_words_and_hey_mario_send_nothing_none_sends_more_than_one_and_every_one_sent_reaches_the_broker()
    {
        await using ListeningBroker broker = await ListeningBroker.StartAsync();
        string[] negatives = [.. ShippedClips.Names().Where(n => n != "hey_nano.wav")];
        Assert.Equal(11, negatives.Length);

        // One watch per clip, all at once in this process, each on its own device id.
        HostWatch[] watches = await Task.WhenAll(negatives.Select(name =>
            PlayToTheEndAsync(Options(broker, "watch-" + Path.GetFileNameWithoutExtension(name).Replace('_', '-'), ShippedClips.InRoom(ShippedClips.Read(name))))));
        var triggered = new List<string>();
        for (int i = 0; i < negatives.Length; i++)
        {
            string device = "watch-" + Path.GetFileNameWithoutExtension(negatives[i]).Replace('_', '-');
            int sent = watches[i].Watch.WakeCandidates;
            await broker.WaitForCandidatesAsync(device, sent, Patience);
            Assert.Equal(sent, broker.CandidatesFrom(device));
            output.WriteLine($"{negatives[i],-14} {(sent > 0 ? "wake candidate" : "nothing")}");
            Assert.InRange(sent, 0, 1); // one short word: the refractory period allows one trigger at most
            if (sent > 0)
            {
                triggered.Add(negatives[i]);
            }

            watches[i].Dispose();
        }

        // The hub verifies every candidate, so a few may fire (a word like "no" shares sounds with "nano"),
        // but a watch that sent one for most words would flood the hub and drain its battery.
        output.WriteLine($"{triggered.Count} of {negatives.Length} negatives triggered: {string.Join(", ", triggered)}");
        Assert.True(triggered.Count <= negatives.Length / 2, $"most negatives must send nothing; {triggered.Count} of {negatives.Length} sent a wake candidate: {string.Join(", ", triggered)}");
    }

    public void Dispose()
    {
        foreach (string file in _files)
        {
            File.Delete(file);
        }
    }

    private HostWatchOptions Options(ListeningBroker broker, string deviceId, short[] pcm)
    {
        string wav = Path.Combine(Path.GetTempPath(), $"wai-clip-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(wav, PcmWav.Write(pcm, 0, pcm.Length, ShippedClips.SampleRate));
        lock (_files)
        {
            _files.Add(wav);
        }

        return new HostWatchOptions { Broker = broker.Address, DeviceId = deviceId, Secret = "s3cret", WavFiles = [wav], ModelBlob = ShippedClips.WatchModel() };
    }

    /// <summary>Runs a host watch until its audio is played and it is idle with nothing left to send.</summary>
    private static async Task<HostWatch> PlayToTheEndAsync(HostWatchOptions options)
    {
        HostWatch watch = new(options);
        using CancellationTokenSource stop = new(Patience);
        await watch.RunAsync(stop.Token);
        Assert.True(watch.IsDone, $"{options.DeviceId} finished its audio within {Patience.TotalSeconds} s");
        return watch;
    }
}
