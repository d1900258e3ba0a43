using WearableAI.Shared.Inference;

namespace WearableAI.Shared.Tests.Inference;

/// <summary>The watch's wake trigger (smoothing, threshold, refractory), which the firmware and <c>wai eval</c> share.</summary>
public sealed class WakeDetectorTests
{
    [Fact]
    public void Nothing_triggers_before_the_smoothing_window_is_full_even_on_a_loud_first_row()
    {
        var detector = new WakeDetector(smoothingRows: 3, threshold: 10, refractoryRows: 0);

        Assert.False(detector.Push(127));
        Assert.False(detector.Push(127));
        Assert.Equal(-128, detector.Smoothed);
        Assert.True(detector.Push(127));
    }

    [Fact]
    public void The_smoothed_score_is_the_floor_of_the_mean_of_the_last_rows()
    {
        var detector = new WakeDetector(smoothingRows: 2, threshold: 127, refractoryRows: 0);
        int[] smoothed = new int[4];
        int[] rows = [-3, -1, 2, 4];
        for (int i = 0; i < rows.Length; i++)
        {
            detector.Push(rows[i]);
            smoothed[i] = detector.Smoothed;
        }

        Assert.Equal([-128, -2, 0, 3], smoothed);
    }

    [Fact]
    public void A_trigger_silences_the_next_refractory_rows_then_fires_again()
    {
        var detector = new WakeDetector(smoothingRows: 1, threshold: 20, refractoryRows: 2);
        bool[] fired = [.. new[] { 30, 30, 30, 30, 30, 5, 30 }.Select(detector.Push)];

        Assert.Equal([true, false, false, true, false, false, true], fired);
    }

    [Fact]
    public void Reset_starts_a_new_stream_with_an_empty_window_and_no_refractory_period()
    {
        var detector = new WakeDetector(smoothingRows: 2, threshold: 0, refractoryRows: 100);
        detector.Push(50);
        Assert.True(detector.Push(50));

        detector.Reset();

        Assert.False(detector.Push(50));
        Assert.True(detector.Push(50));
    }
}
