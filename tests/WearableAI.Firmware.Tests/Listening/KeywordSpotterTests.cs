using WearableAI.Firmware.Listening;
using WearableAI.Shared.Models;
using WearableAI.TestSupport.Audio;
using WearableAI.TestSupport.Models;

namespace WearableAI.Firmware.Tests.Listening;

public class KeywordSpotterTests
{
    private static sbyte[][] Pattern(int seed, int frames)
    {
        Random rng = new(seed);
        return Enumerable.Range(0, frames).Select(_ => Enumerable.Range(0, 32).Select(_ => (sbyte)rng.Next(-128, 60)).ToArray()).ToArray();
    }

    private static (List<int> Smoothed, List<int> Triggers) Run(WatchModel model, sbyte[][] frames)
    {
        KeywordSpotter spotter = new(model);
        List<int> smoothed = [];
        List<int> triggers = [];
        for (int f = 0; f < frames.Length; f++)
        {
            int rows = spotter.Rows;
            if (spotter.PushFrame(frames[f], 0, null))
            {
                triggers.Add(f);
            }

            if (spotter.Rows > rows)
            {
                smoothed.Add(spotter.SmoothedLogit);
            }
        }

        return (smoothed, triggers);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void A_pattern_triggers_exactly_when_its_smoothed_wake_logit_reaches_the_threshold(int seed)
    {
        WatchModel model = RandomWatchModel.Create(seed);
        model.SmoothingFrames = 3;
        model.RefractoryFrames = 0;
        sbyte[][] frames = Pattern(seed, 120);
        model.WakeThreshold = 127;
        int peak = Run(model, frames).Smoothed.Skip(model.SmoothingFrames - 1).Max();

        model.WakeThreshold = Math.Min(127, peak + 1);
        Assert.Empty(Run(model, frames).Triggers);

        model.WakeThreshold = peak;
        Assert.NotEmpty(Run(model, frames).Triggers);
    }

    [Fact]
    public void After_a_trigger_the_refractory_rows_pass_before_the_next_one()
    {
        WatchModel model = RandomWatchModel.Create(11);
        model.InputStride = 1;
        model.WakeThreshold = -128;
        model.SmoothingFrames = 1;
        model.RefractoryFrames = 10;
        KeywordSpotter spotter = new(model);
        List<int> triggerRows = [];
        foreach (sbyte[] frame in Pattern(11, 400))
        {
            if (spotter.PushFrame(frame, 0, null))
            {
                triggerRows.Add(spotter.Rows);
            }
        }

        Assert.True(triggerRows.Count > 3);
        Assert.All(triggerRows.Zip(triggerRows.Skip(1)), pair => Assert.Equal(11, pair.Second - pair.First));
    }

    [Fact]
    public void A_margin_model_scores_each_row_by_how_far_the_wake_logit_leads_the_other_labels()
    {
        WatchModel model = RandomWatchModel.Create(3);
        model.SmoothingFrames = 1;
        model.RefractoryFrames = 0;
        model.WakeThreshold = 127;
        sbyte[][] frames = Pattern(3, 120);
        List<int> logits = Run(model, frames).Smoothed;

        model.WakeScoreIsMargin = true;
        List<int> margins = Run(model, frames).Smoothed;

        // The same rows, scored from the runner's logits the way the blob's flag says.
        var runner = model.CreateRunner();
        List<int> expected = [];
        foreach (sbyte[] frame in frames)
        {
            if (runner.PushFrame(frame, 0, null))
            {
                sbyte[] row = runner.Scores;
                int others = Enumerable.Range(0, model.Labels.Length).Where(i => i != model.WakeLabelIndex).Max(i => (int)row[i]);
                expected.Add(Math.Clamp(row[model.WakeLabelIndex] - others, -128, 127));
            }
        }

        Assert.Equal(expected, margins);
        Assert.NotEqual(logits, margins);
    }

    [Fact]
    public void Priming_fills_the_receptive_field_with_the_pre_roll_reflected_so_the_first_real_frame_already_scores()
    {
        WatchModel model = ModelBlobLoader.Load(ShippedClips.WatchModel()).Model!;
        model.SmoothingFrames = 1;
        const int kept = 16, period = 2 * (kept - 1);
        Assert.True(model.ReceptiveFrames > kept + 2, "the model hears further back than the frames kept");
        sbyte[][] preRoll = [.. Pattern(7, kept).Select(f => f.Take(model.InputBands).ToArray())];
        sbyte[] flat = [.. preRoll.SelectMany(f => f)];

        KeywordSpotter spotter = new(model);
        spotter.Prime(flat, kept, null);
        List<int> scores = [];
        foreach (sbyte[] frame in preRoll)
        {
            int rows = spotter.Rows;
            spotter.PushFrame(frame, 0, null);
            if (spotter.Rows > rows) scores.Add(spotter.SmoothedLogit);
        }

        // The same rows from a plain runner fed … f2 f1 | f0 f1 f2 … (the kept frames reflected about the oldest one).
        var runner = model.CreateRunner();
        int primer = model.ReceptiveFrames - kept;
        int[] reflected = [.. Enumerable.Range(1, primer).Reverse().Select(back => (back % period) < kept ? back % period : period - (back % period))];
        foreach (int index in reflected) runner.PushFrame(preRoll[index], 0, null);
        List<int> expected = [];
        foreach (sbyte[] frame in preRoll)
        {
            if (runner.PushFrame(frame, 0, null)) expected.Add(model.WakeScore(runner.Scores, 0));
        }

        Assert.NotEmpty(scores); // without priming no row would come before ReceptiveFrames real frames
        Assert.Equal(expected, scores);
    }
}
