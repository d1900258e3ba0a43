using WearableAI.Training.Eval;
using WearableAI.Training.Hub;

namespace WearableAI.Training.Tests.Eval;

public sealed class CascadeThresholdChooserTests
{
    private const int Bands = 1;
    private const double FramesPerHour = 100;

    [Fact]
    public void The_smallest_threshold_that_meets_the_false_accept_target_within_the_miss_limit_is_chosen()
    {
        // 10 wake clips; 2 h of negatives whose triggers the hub scores 0.3, 0.6 and 0.7.
        CascadeScores scores = Scores([0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 0.8f], [0.3f, 0.6f, 0.7f]);

        WakeThresholdChoice choice = CascadeThresholdChooser.Choose(scores, targetPerHour: 0.5, maxMissRate: 0.10);

        Assert.Equal(0.62, choice.Threshold, 6); // first grid step above 0.6: one accept in 2 h meets 0.5/h
        Assert.Equal(0.5, choice.FalseAcceptsPerHour, 6);
        Assert.Equal(0, choice.MissRate);
        Assert.Equal(2, choice.NegativeHours, 6);
    }

    [Fact]
    public void When_the_target_is_out_of_reach_the_wake_word_keeps_firing_the_highest_threshold_within_the_miss_limit_wins()
    {
        // Negatives score as high as the wake clips: no threshold meets 0.5 FA/h without missing most of the phrase.
        CascadeScores scores = Scores([0.95f, 0.95f, 0.95f, 0.95f, 0.95f, 0.95f, 0.95f, 0.95f, 0.95f, 0.40f], [0.99f, 0.97f, 0.9f]);

        WakeThresholdChoice choice = CascadeThresholdChooser.Choose(scores, targetPerHour: 0.5, maxMissRate: 0.10);

        Assert.Equal(0.94, choice.Threshold, 6); // 1 of 10 missed (the 0.40 clip) is the limit; 0.96 would miss all
        Assert.Equal(0.1, choice.MissRate, 6);
        Assert.Equal(1.0, choice.FalseAcceptsPerHour, 6); // 0.99 and 0.97 over 2 h
        Assert.Contains("out of reach", choice.Reason);
    }

    [Fact]
    public void The_hub_never_passes_a_window_it_reads_as_more_likely_not_the_wake_phrase()
    {
        // Every wake clip scores low: only a threshold below one half would keep them, and none is tried.
        CascadeScores scores = Scores([0.2f, 0.2f, 0.2f, 0.2f], [0.1f]);

        WakeThresholdChoice choice = CascadeThresholdChooser.Choose(scores, targetPerHour: 0.5, maxMissRate: 0.10);

        Assert.Equal(0.5, choice.Threshold, 6);
        Assert.Equal(1.0, choice.MissRate, 6);
        Assert.Contains("even the lowest threshold misses", choice.Reason);
    }

    [Fact]
    public void A_wake_clip_the_tiny_model_never_triggered_on_is_a_miss_at_every_threshold()
    {
        CascadeScores scores = Scores([float.NegativeInfinity, 0.9f], []);

        Assert.Equal(0.5, scores.MissRate(0.02), 6);
        Assert.Equal(0.5, scores.MissRate(0.8), 6);
    }

    private static CascadeScores Scores(float[] wakeP, float[] negativeP)
    {
        var stream = new FeatureStream("negative clips", new sbyte[(int)(2 * FramesPerHour) * Bands], Bands, false);
        IReadOnlyList<int> triggers = [.. Enumerable.Range(0, negativeP.Length).Select(i => i * 10)];
        return new CascadeScores(wakeP, wakeP, wakeP.Count(p => !float.IsNegativeInfinity(p)), [(stream, triggers, negativeP)], FramesPerHour);
    }
}
