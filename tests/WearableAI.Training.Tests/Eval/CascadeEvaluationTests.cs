using WearableAI.Shared.Models;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;
using static WearableAI.Training.Tests.Eval.MarkerModels;

namespace WearableAI.Training.Tests.Eval;

/// <summary>The cascade as the watch runs it, on hand-built models (<see cref="MarkerModels"/>): which window the hub verifies, and which wake clips count as caught.</summary>
public sealed class CascadeEvaluationTests
{
    private const double FramesPerHour = 31.25 * 3600;

    [Fact]
    public void The_verified_window_is_the_48_frames_ending_post_roll_frames_after_the_trigger()
    {
        Assert.Equal(65, CascadeEvaluation.WindowStart(triggerFrame: 100, postRollFrames: 12, first: 0, frames: 1000));
        Assert.Equal(88, CascadeEvaluation.WindowStart(triggerFrame: 100, postRollFrames: 35, first: 0, frames: 1000));
    }

    [Fact]
    public void A_wake_clip_is_caught_only_when_the_hub_sees_the_frames_up_to_the_end_of_the_post_roll()
    {
        // The tiny model fires at frame 20 of the clip; the hub accepts only a window ending at frame 32.
        EvalData data = DataOf((Wake, Window((0, 20), (1, 32))), (Yes, Window()), (Yes, Window()));
        WatchModel tiny = TinyModel();
        TinyRun run = TinyEvaluation.Run(tiny, data, SilentProgress.Instance);

        TierReport Cascade(int postRoll) => CascadeEvaluation.Run(run, tiny, new LastFrameHub(data.Vocabulary.Count), data, 0.5, postRoll);

        TierReport watchFaithful = Cascade(12);
        Assert.Equal(0, watchFaithful.WakeMissRate);
        Assert.Equal(1, Cascade(11).WakeMissRate);
        Assert.Equal(1, Cascade(13).WakeMissRate);
        Assert.Equal(1, watchFaithful.ClipCentredWakeMissRate); // the clip's own window ends at frame 47: the old figure missed it
    }

    [Fact]
    public void A_wake_clip_the_tiny_model_does_not_trigger_on_is_a_miss_even_when_the_hub_would_accept_it()
    {
        EvalData data = DataOf((Wake, Window((0, 20))), (Wake, Window()), (Yes, Window()), (Yes, Window()), (Yes, Window()), (Yes, Window()));
        WatchModel tiny = TinyModel();
        TinyRun run = TinyEvaluation.Run(tiny, data, SilentProgress.Instance);

        TierReport cascade = CascadeEvaluation.Run(run, tiny, new LastFrameHub(data.Vocabulary.Count, acceptAll: true), data, 0.5, 12);

        Assert.Equal(0.5, cascade.WakeMissRate);
        Assert.Equal(0, cascade.FalseAcceptsPerHour);
    }

    [Fact]
    public void A_trigger_in_the_audio_before_a_wake_clip_costs_the_clip_while_its_refractory_period_lasts()
    {
        // Negative clip 0 (the audio before wake clip 0) fires at its frame 44; the wake phrase fires 6 frames later.
        EvalData data = DataOf((Wake, Window((0, 2))), (Yes, Window((0, 44))), (Yes, Window()));
        var hub = new LastFrameHub(data.Vocabulary.Count, acceptAll: true);

        TierReport Cascade(int refractoryRows)
        {
            WatchModel tiny = TinyModel(refractoryRows);
            return CascadeEvaluation.Run(TinyEvaluation.Run(tiny, data, SilentProgress.Instance), tiny, hub, data, 0.5, 12);
        }

        TierReport blocked = Cascade(refractoryRows: 10);
        Assert.Equal(1, blocked.WakeMissRate);
        Assert.Equal(0, blocked.ClipCentredWakeMissRate); // alone, from a reset runner, the clip triggered
        Assert.Equal(0, Cascade(refractoryRows: 2).WakeMissRate);
    }

    [Fact]
    public void A_trigger_later_than_the_tolerance_after_the_clip_belongs_to_the_following_audio()
    {
        int lateFrame = CascadeEvaluation.TriggerToleranceFrames; // frame 48 + tolerance of the sequence's clip
        EvalData late = DataOf((Wake, Window()), (Yes, Window()), (Yes, Window((0, lateFrame))));
        EvalData justInTime = DataOf((Wake, Window()), (Yes, Window()), (Yes, Window((0, lateFrame - 1))));

        double Miss(EvalData data)
        {
            WatchModel tiny = TinyModel();
            return CascadeEvaluation.Run(TinyEvaluation.Run(tiny, data, SilentProgress.Instance), tiny, new LastFrameHub(data.Vocabulary.Count, acceptAll: true), data, 0.5, 12).WakeMissRate!.Value;
        }

        Assert.Equal(1, Miss(late));
        Assert.Equal(0, Miss(justInTime));
    }

    [Fact]
    public void A_window_past_the_end_of_a_stream_is_shifted_back_to_end_at_its_last_frame()
    {
        // The negative-clip stream is 96 frames; the tiny model fires on its last frame, so the post-roll would run past it.
        sbyte[] last = Window((0, 47), (1, 47));
        EvalData data = DataOf((Yes, Window()), (Yes, last));
        WatchModel tiny = TinyModel();
        var hub = new LastFrameHub(data.Vocabulary.Count);

        TierReport cascade = CascadeEvaluation.Run(TinyEvaluation.Run(tiny, data, SilentProgress.Instance), tiny, hub, data, 0.5, 12);

        Assert.Equal(last, hub.Windows[0]);
        Assert.Equal(FramesPerHour / 96, cascade.FalseAcceptsPerHour!.Value, 6);
        Assert.Equal(cascade.FalseAcceptsPerHour, cascade.FalseAcceptsPerHourNegativeClips);
    }

    [Fact]
    public void Each_wake_clip_is_preceded_and_followed_by_negative_clips_in_order()
    {
        sbyte[][] negatives = Enumerable.Range(0, 3).Select(i => Window((1, i))).ToArray();
        sbyte[] wake0 = Window((0, 5)), wake1 = Window((0, 6));
        EvalData data = DataOf((Yes, negatives[0]), (Wake, wake0), (Yes, negatives[1]), (Wake, wake1), (Yes, negatives[2]));

        WakeClipsInContext context = WakeClipsInContext.Build(data, CascadeEvaluation.TriggerToleranceFrames + 12 + 1);

        Assert.Equal([1, 3], context.Clips);
        int w = FeatureWindows.StoredFrames * Bands;
        Assert.Equal([.. negatives[0], .. wake0, .. negatives[1], .. negatives[2], .. wake1, .. negatives[0]], context.Stream.Features);
        Assert.Equal([0, 3 * 48], context.Starts);
        Assert.Equal([48, 4 * 48], context.ClipStarts);
        Assert.Equal(6 * w, context.Stream.Features.Length);
    }
}
