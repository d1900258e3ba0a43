using WearableAI.Shared.Audio;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;

namespace WearableAI.Training.Tests.Eval;

/// <summary>The figures that need each clip's outcome: commands as the mean over the ten, unknown words rejected, per family, the human-speech probe.</summary>
public sealed class TierBreakdownTests
{
    private const int Bands = 4;
    private static readonly Vocabulary Words = new("hey nano");

    [Fact]
    public void Command_accuracy_is_the_mean_over_the_ten_commands_so_many_unknown_clips_cannot_hide_missed_commands()
    {
        // One clip per command, only "yes" recognised; ninety unknown clips, one of them taken as the wake phrase.
        var labels = new List<int>();
        var decisions = new List<int>();
        for (int c = 1; c <= 10; c++)
        {
            labels.Add(c);
            decisions.Add(c == 1 ? 1 : Words.UnknownIndex);
        }

        for (int u = 0; u < 90; u++)
        {
            labels.Add(Words.UnknownIndex);
            decisions.Add(u == 0 ? Words.WakeIndex : Words.UnknownIndex);
        }

        int[] all = Enumerable.Range(0, labels.Count).ToArray();
        (double? mean, IReadOnlyDictionary<string, double>? perCommand) = TierBreakdown.CommandMean(Words, [.. labels], [.. decisions], all);
        double pooled = all.Count(i => decisions[i] == labels[i]) / (double)all.Length;

        Assert.Equal(0.90, pooled, 3); // what the old pooled figure would say
        Assert.Equal(0.10, mean!.Value, 3);
        Assert.Equal(1.0, perCommand!["yes"]);
        Assert.Equal(0.0, perCommand["stop"]);
        Assert.Equal(89 / 90.0, TierBreakdown.UnknownRejected(Words, [.. labels], [.. decisions], all)!.Value, 6);
    }

    [Fact]
    public void Each_engine_family_gets_its_own_wake_miss_and_false_accepts_and_human_speech_makes_the_probe()
    {
        string[] paths = ["hey_nano/espeak.en-us+Alex_nohash_0.wav", "hey_nano/mbrola.de4_nohash_0.wav", "_unknown_/human.ktuberling-data_nohash_0_apple.wav", "yes/espeak.en_nohash_1.wav"];
        int[] labels = [Words.WakeIndex, Words.WakeIndex, Words.UnknownIndex, 1];
        var clips = new ClipFeatures(Bands, new sbyte[paths.Length * FeatureWindows.StoredFrames * Bands], labels, paths);
        var background = new BackgroundStream[] { new("_background_noise_/human-codec2-examples-hts1a.wav", new sbyte[1000 * Bands], Bands) };
        var data = new EvalData(Words, clips, background, new FrontEndSettings());
        FeatureStream recording = data.Streams.Single(s => s.IsBackground);
        FeatureStream negativeClips = data.Streams.Single(s => !s.IsBackground);
        float[] wakeScores = [0.9f, 0.2f, 0, 0];
        var accepts = new (FeatureStream, IReadOnlyList<int>)[] { (recording, [5]), (negativeClips, [10]) }; // frame 10: the first negative clip, the human one
        var report = new TierReport { Name = "hub", Threshold = 0.5, WakeMissRate = 0.5, FalseAcceptsPerHour = 1, Det = DetCurve.Sweep([0.1, 0.5, 0.95], t => 0, t => 1) };

        TierReport broken = TierBreakdown.With(report, TierOutcome.FromStreams(wakeScores, null, null, accepts, data), data);

        GroupFigures Family(string name) => broken.Families!.Single(f => f.Name == name);
        Assert.Equal(["espeak", "human", "mbrola"], broken.Families!.Select(f => f.Name));
        Assert.Equal(0, Family("espeak").WakeMissRate);
        Assert.Equal(1, Family("mbrola").WakeMissRate);
        Assert.Equal([0.0, 1.0, 1.0], Family("mbrola").Det!.Select(p => p.MissRate)); // its P(wake) 0.2 passes only the 0.1 threshold
        double clipHours = FeatureWindows.StoredFrames / data.FramesPerHour;
        Assert.Equal(1 / clipHours, Family("human").FalseAcceptsPerHour!.Value, 6);
        Assert.Equal(0, Family("espeak").FalseAcceptsPerHour);
        HumanProbe probe = broken.HumanProbe!;
        Assert.Equal((2L, 1, 1), (probe.Accepts, probe.Recordings, probe.Clips));
        Assert.Equal(2 / (clipHours + (recording.Frames / data.FramesPerHour)), probe.FalseAcceptsPerHour, 6);
        Assert.Equal(1 / (recording.Frames / data.FramesPerHour), broken.FalseAcceptsPerHourByKind!["human"], 6);
        Assert.Null(broken.Conditions); // no clip marked noisy: clean only
    }
}
