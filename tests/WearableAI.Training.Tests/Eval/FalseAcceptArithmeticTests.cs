using WearableAI.Shared.Inference;
using WearableAI.Training.Eval;

namespace WearableAI.Training.Tests.Eval;

public sealed class FalseAcceptArithmeticTests
{
    private const double FramesPerHour = 31.25 * 3600;

    [Fact]
    public void Three_triggers_in_half_an_hour_of_stream_are_six_false_accepts_per_hour()
    {
        var scores = new int[(int)(FramesPerHour / 2 / 2)]; // rows at stride 2
        Array.Fill(scores, -100);
        scores[10] = 50;
        scores[11] = 50; // inside the refractory period of row 10
        scores[5000] = 40;
        scores[20000] = 30;

        List<int> triggers = WakeTrigger.Triggers(scores, threshold: 20, refractoryRows: 16);

        Assert.Equal([10, 5000, 20000], triggers);
        Assert.Equal(6.0, WakeTrigger.PerHour(triggers.Count, scores.Length * 2L, FramesPerHour), 9);
    }

    [Fact]
    public void A_score_held_above_threshold_fires_again_only_after_the_refractory_period()
    {
        var scores = Enumerable.Repeat(10, 40).ToArray();

        Assert.Equal([0, 17, 34], WakeTrigger.Triggers(scores, 10, 16));
        Assert.Empty(WakeTrigger.Triggers(scores, 11, 16));
    }

    [Fact]
    public void Hub_windows_overlapping_an_accepted_one_are_the_same_event()
    {
        float[] p = [0.1f, 0.9f, 0.95f, 0.2f, 0.7f, 0.7f, 0.1f, 0.6f, 0.1f];

        Assert.Equal(2, WakeTrigger.Accepts(p, 0.5, refractoryWindows: 5));
        Assert.Equal(1, WakeTrigger.Accepts(p, 0.8, refractoryWindows: 5));
        Assert.Equal(5, WakeTrigger.Accepts(p, 0.5, refractoryWindows: 0));
    }

    [Fact]
    public void Counting_triggers_on_smoothed_scores_finds_the_rows_the_watch_detector_fires_on_at_every_threshold()
    {
        var random = new Random(7);
        int[] wake = [.. Enumerable.Range(0, 2000).Select(_ => random.Next(-128, 128))];
        const int smoothing = 3, refractory = 5;
        var scorer = new WakeDetector(smoothing, int.MaxValue, 0);
        int[] smoothed = [.. wake.Select(w => { scorer.Push(w); return scorer.IsFull ? scorer.Smoothed : int.MinValue; })];

        foreach (int threshold in new[] { -128, -20, 0, 15, 40, 127 })
        {
            var watch = new WakeDetector(smoothing, threshold, refractory);
            int[] fired = [.. Enumerable.Range(0, wake.Length).Where(r => watch.Push(wake[r]))];

            Assert.Equal(fired, WakeTrigger.Triggers(smoothed, threshold, refractory));
        }
    }

    [Fact]
    public void No_stream_means_no_false_accepts_rather_than_a_division_by_zero()
    {
        Assert.Equal(0, WakeTrigger.PerHour(3, 0, FramesPerHour));
    }
}
