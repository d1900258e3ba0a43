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
    public void Smoothing_takes_the_floor_of_the_mean_of_the_last_rows()
    {
        Assert.Equal([-3, -2, 0, 3], WakeTrigger.Smooth([-3, -1, 2, 4], 2));
    }

    [Fact]
    public void No_stream_means_no_false_accepts_rather_than_a_division_by_zero()
    {
        Assert.Equal(0, WakeTrigger.PerHour(3, 0, FramesPerHour));
    }
}
