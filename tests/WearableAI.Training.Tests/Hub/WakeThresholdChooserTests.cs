using WearableAI.Training.Data;
using WearableAI.Training.Hub;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests.Hub;

[Collection(TorchGlobalState.Name)]
public sealed class WakeThresholdChooserTests
{
    private const int Bands = 4;
    private static readonly Vocabulary Words = new("hey nano", ["stop"]); // hey_nano, stop, unknown, silence
    private const double FramesPerHour = 31.25 * 3600;

    [Fact]
    public void The_threshold_rises_above_the_most_wake_like_negative_when_recall_allows()
    {
        // Wake clips score 0.97-0.99; one negative window scores 0.85, the rest near zero.
        ClipFeatures clips = Clips(wake: [97, 98, 99, 99], negatives: [1, 2, 85, 3]);

        WakeThresholdChoice choice = WakeThresholdChooser.Choose(new LevelIsWakeProbability(), clips, [], Words, FramesPerHour, targetPerHour: 0.5, maxMissRate: 0.25);

        Assert.True(choice.Threshold is >= 0.84 and <= 0.97, choice.ToString()); // just above the 0.85 negative (as a float)
        Assert.Equal(0, choice.FalseAcceptsPerHour);
        Assert.Equal(0, choice.MissRate);
        Assert.Contains("smallest threshold", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_target_is_out_of_reach_recall_wins_and_the_reason_says_so()
    {
        // A negative scores as high as the wake clips: no threshold removes it without missing them.
        ClipFeatures clips = Clips(wake: [90, 92, 95, 99], negatives: [1, 99, 2, 2]);

        WakeThresholdChoice choice = WakeThresholdChooser.Choose(new LevelIsWakeProbability(), clips, [], Words, FramesPerHour, targetPerHour: 0.5, maxMissRate: 0.25);

        Assert.True(choice.MissRate <= 0.25);
        Assert.True(choice.FalseAcceptsPerHour > 0.5);
        Assert.Contains("out of reach", choice.Reason, StringComparison.Ordinal);
    }

    /// <summary>Every frame of a clip holds its "level" (percent); the model answers P(wake) = mean level / 100.</summary>
    private static ClipFeatures Clips(int[] wake, int[] negatives)
    {
        int[] levels = [.. wake, .. negatives];
        int[] labels = [.. wake.Select(_ => Words.WakeIndex), .. negatives.Select(_ => Words.UnknownIndex)];
        int length = FeatureWindows.StoredFrames * Bands;
        var windows = new sbyte[levels.Length * length];
        for (int i = 0; i < levels.Length; i++) windows.AsSpan(i * length, length).Fill((sbyte)levels[i]);
        return new ClipFeatures(Bands, windows, labels, [.. labels.Select((_, i) => $"x/{i}.wav")]);
    }

    /// <summary>Logits whose softmax gives P(wake) = mean input / 100 (rest shared by the other classes).</summary>
    private sealed class LevelIsWakeProbability() : nn.Module<Tensor, Tensor>("level")
    {
        public override Tensor forward(Tensor input)
        {
            Tensor p = (input.mean([1, 2]) / 100).clamp(1e-4, 1 - 1e-4);
            Tensor others = ((1 - p) / (Words.Count - 1)).unsqueeze(1).expand(-1, Words.Count - 1);
            return cat([p.unsqueeze(1), others], 1).log();
        }
    }

    [Fact]
    public void Checkpoints_are_judged_by_wake_recall_at_a_fixed_share_of_false_accepts_not_at_a_fixed_probability()
    {
        float[] negatives = [.. Enumerable.Range(0, 1000).Select(i => i / 1000f)]; // 0.000 … 0.999
        float[] positives = [0.9995f, 0.9985f, 0.9975f, 0.5f];

        // No negative may pass: the bar is the highest, 0.999; one in 1,000 may: 0.998; two: 0.997.
        Assert.Equal(0.25, HubEvaluator.RecallAtFalseAcceptRate(positives, negatives, 0));
        Assert.Equal(0.50, HubEvaluator.RecallAtFalseAcceptRate(positives, negatives, 0.001));
        Assert.Equal(0.75, HubEvaluator.RecallAtFalseAcceptRate(positives, negatives, 0.002));
        Assert.Equal(0, HubEvaluator.RecallAtFalseAcceptRate([], negatives, 0.001));
    }
}
