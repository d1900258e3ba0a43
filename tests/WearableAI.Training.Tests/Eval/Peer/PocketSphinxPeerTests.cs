using System.Diagnostics;
using WearableAI.Shared.Audio;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;
using WearableAI.Training.Eval.Peer;
using WearableAI.Training.Tests.Pipeline;

namespace WearableAI.Training.Tests.Eval.Peer;

/// <summary>
/// The peer baseline on real speech-like audio: espeak-ng says "hey nano" and "stop" (needs espeak-ng,
/// pocketsphinx and pocketsphinx-en-us: scripts/lib/system-packages.sh installs them) in the test split of
/// a small dataset; PocketSphinx must find the wake phrase and pick "stop" from the ten commands.
/// </summary>
public sealed class PocketSphinxPeerTests : IDisposable
{
    private const string Voice = "en-us+f2"; // PocketSphinx hears this espeak-ng voice's "hey nano"; it misses that of the default voice
    private readonly ToneDataset _data = ToneDataset.Create(clipsPerVoice: 1);

    [Fact]
    public void PocketSphinx_finds_the_spoken_wake_phrase_and_recognises_a_spoken_stop_per_engine_family()
    {
        AddSpoken("hey_nano/espeak.en-us+f2_nohash_0.wav", "hey nano", 130, 1.5);
        AddSpoken("hey_nano/espeak.en-us+f2_nohash_1.wav", "hey nano", 160, 1.5);
        AddSpoken("stop/espeak.en-us+f2_nohash_0.wav", "stop", 140, 1.0);
        DatasetFolder dataset = DatasetFolder.Scan(_data.Root, null);
        var settings = new FrontEndSettings();
        FeatureSet features = FeatureBuilder.Build(dataset, settings, null, SilentProgress.Instance, out _);
        var data = new EvalData(dataset, features, DataSplit.Test, settings);
        var background = features.Background.Select(b => (b.Path, b.TrainingFrames * settings.InputSamplesPerHop)).ToArray();
        var notes = new List<string>();

        TierReport peer = PeerEvaluation.Run(data, background, new SphinxRecogniser(parallel: 2), SilentProgress.Instance, notes)!;

        Assert.True(peer != null, string.Join("; ", notes));
        GroupFigures espeak = peer.Families!.Single(f => f.Name == "espeak");
        Assert.Equal(2, espeak.WakeClips);
        Assert.Equal(0, espeak.Det!.Min(p => p.MissRate)); // both spoken wake phrases found at some threshold
        Assert.Equal(1, espeak.CommandAccuracyForcedChoice); // the spoken "stop" is its only command clip
        Assert.Equal(Vocabulary.DefaultCommands.Order(), peer.CommandAccuracyPerCommand!.Keys.Order()); // every command word's clips (tones elsewhere) got an answer from the grammar
        Assert.Equal(SphinxSearches.WakeThresholds.Count, peer.Det!.Count);
        Assert.All(peer.Det!.Zip(peer.Det!.Skip(1)), pair => Assert.True(pair.Second.MissRate >= pair.First.MissRate, "a stricter threshold cannot miss less")); // thresholds ascending
        Assert.Contains(peer.Families!, f => f.Name == "other"); // the tone clips of the dataset
    }

    [Fact]
    public void One_spotting_pass_tells_which_thresholds_each_detection_passed()
    {
        int[] counts = SphinxSearches.Detections("t0_hey t0_nano t3_hey t3_nano t3_hey t3_nano", "hey nano");

        Assert.Equal([1, 0, 0, 2, 0, 0, 0, 0], counts);
    }

    public void Dispose() => _data.Dispose();

    private void AddSpoken(string relative, string text, int wordsPerMinute, double seconds)
    {
        short[] speech = Speak(text, wordsPerMinute);
        var clip = new short[(int)(seconds * ToneDataset.Rate)];
        var random = new Random(1);
        for (int i = 0; i < clip.Length; i++) clip[i] = (short)((random.NextDouble() * 2 - 1) * 50);
        int start = (int)(0.15 * ToneDataset.Rate);
        for (int i = 0; i < speech.Length && start + i < clip.Length; i++) clip[start + i] = (short)Math.Clamp(clip[start + i] + speech[i], short.MinValue, short.MaxValue);
        _data.WriteWav(relative, clip, ToneDataset.Rate);
        File.AppendAllLines(_data.PathOf("testing_list.txt"), [relative]);
    }

    /// <summary>espeak-ng's voice at its own rate (22,050 Hz), linearly resampled to 16 kHz.</summary>
    private static short[] Speak(string text, int wordsPerMinute)
    {
        var start = new ProcessStartInfo("espeak-ng") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in new[] { "-v", Voice, "-s", wordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "--stdout", text }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();
        byte[] wav = bytes.ToArray();
        FixStreamedSizes(wav);
        Assert.Null(PcmWav.TryParse(wav, out short[] samples, out int rate));
        var resampled = new short[(int)((long)samples.Length * ToneDataset.Rate / rate)];
        for (int i = 0; i < resampled.Length; i++)
        {
            double at = i * (double)rate / ToneDataset.Rate;
            int k = Math.Min((int)at, samples.Length - 2);
            resampled[i] = (short)(samples[k] + ((samples[k + 1] - samples[k]) * (at - k)));
        }

        return resampled;
    }

    /// <summary>espeak-ng streams its WAV with unknown sizes (0x7fffffff): write the real ones.</summary>
    private static void FixStreamedSizes(byte[] wav)
    {
        BitConverter.TryWriteBytes(wav.AsSpan(4, 4), wav.Length - 8);
        BitConverter.TryWriteBytes(wav.AsSpan(40, 4), wav.Length - 44);
    }
}
