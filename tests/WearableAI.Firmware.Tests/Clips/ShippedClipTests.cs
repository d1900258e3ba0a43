using WearableAI.Firmware.Tests.Support;
using WearableAI.TestSupport.Audio;
using WearableAI.TestSupport.Watches;
using Xunit.Abstractions;

namespace WearableAI.Firmware.Tests.Clips;

/// <summary>
/// The host watch with the shipped watch model, hearing the shipped clips in a quiet room, connected to a
/// real MQTT broker (MQTTnet, in-process): what reaches the broker is what the hub would see. The audio
/// plays at its real rate (the watch's microphone), several watches at once in one process.
/// Written for any sensible retrained model: the wake phrase at a normal level triggers, a room with
/// nobody speaking never does, and at most a few of the other shipped phrases do.
/// </summary>
public sealed class ShippedClipTests(ITestOutputHelper output)
{
    /// <summary>The broker here takes any login; the watch sends one all the same.</summary>
    private const string Secret = "s3cret";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Hey_nano_spoken_at_a_normal_level_in_a_quiet_room_reaches_the_broker_as_a_wake_candidate()
    {
        await using ListeningBroker broker = await ListeningBroker.StartAsync();
        short[] pcm = QuietRoom.Saying(ShippedClips.Read("hey_nano"));

        await using (SimulatedWatch.Create(broker.Port, "watch-nano", Secret, pcm).Start())
        {
            await broker.WaitForCandidatesAsync("watch-nano", 1, Patience);
        }

        Assert.Equal(1, broker.CandidatesFrom("watch-nano"));
    }

    [Fact]
    public async Task Ten_seconds_of_a_room_with_nobody_speaking_send_no_wake_candidate()
    {
        await using ListeningBroker broker = await ListeningBroker.StartAsync();
        int[] noisePeaks = [0, QuietRoom.NoisePeak, 10 * QuietRoom.NoisePeak];

        // Digital silence, the room's noise floor and a ten times louder hiss, one watch each, at once.
        SimulatedWatch[] watches = await Task.WhenAll(noisePeaks.Select(peak =>
            SimulatedWatch.Create(broker.Port, $"watch-noise-{peak}", Secret, QuietRoom.Noise(10 * ShippedClips.SampleRate, peak, seed: 5)).PlayToTheEndAsync(Patience)));

        foreach (SimulatedWatch watch in watches)
        {
            await using (watch)
            {
                Assert.Equal(10 * ShippedClips.SampleRate, watch.Host.Watch.SamplesRead);
                Assert.True(watch.Host.Link.IsConnected, "the watch was connected to the broker, so anything it triggered was sent");
                Assert.Equal(0, watch.WakeCandidates);
            }
        }

        Assert.All(noisePeaks, peak => Assert.Equal(0, broker.CandidatesFrom($"watch-noise-{peak}")));
    }

    [Fact]
    public async Task Most_command_words_and_hey_mario_send_nothing_none_sends_more_than_one_and_every_one_sent_reaches_the_broker()
    {
        await using ListeningBroker broker = await ListeningBroker.StartAsync();
        string[] negatives = [.. ShippedClips.Words().Where(w => w != "hey_nano")];
        Assert.Equal(11, negatives.Length);

        // One watch per clip, all at once in this process, each on its own device id.
        SimulatedWatch[] watches = await Task.WhenAll(negatives.Select(word =>
            SimulatedWatch.Create(broker.Port, DeviceId(word), Secret, QuietRoom.Saying(ShippedClips.Read(word))).PlayToTheEndAsync(Patience)));
        var triggered = new List<string>();
        for (int i = 0; i < negatives.Length; i++)
        {
            await using SimulatedWatch watch = watches[i];
            int sent = watch.WakeCandidates;
            await broker.WaitForCandidatesAsync(watch.DeviceId, sent, Patience);
            Assert.Equal(sent, broker.CandidatesFrom(watch.DeviceId));
            output.WriteLine($"{negatives[i],-10} {(sent > 0 ? "wake candidate" : "nothing")}");
            Assert.InRange(sent, 0, 1); // one short word: the refractory period allows one trigger at most
            if (sent > 0)
            {
                triggered.Add(negatives[i]);
            }
        }

        // The hub verifies every candidate, so a few may fire (a word like "no" shares sounds with "nano"),
        // but a watch that sent one for most words would flood the hub and drain its battery.
        output.WriteLine($"{triggered.Count} of {negatives.Length} negatives triggered: {string.Join(", ", triggered)}");
        Assert.True(triggered.Count <= negatives.Length / 2, $"most negatives must send nothing; {triggered.Count} of {negatives.Length} sent a wake candidate: {string.Join(", ", triggered)}");
    }

    private static string DeviceId(string word) => "watch-" + word.Replace('_', '-');
}
