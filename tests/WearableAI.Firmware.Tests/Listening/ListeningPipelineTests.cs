using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.Listening;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Audio;
using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Listening;

public class ListeningPipelineTests
{
    private static readonly short[] QuietThenSpeech = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1.5, 8), SpeechLikeSignal.Speech(2.5, 8));

    [Fact]
    public void The_wake_window_holds_the_frames_up_to_the_end_of_the_post_roll_including_the_replayed_pre_roll()
    {
        WatchModel model = TestWatch.AlwaysFiring();
        var options = new ListeningOptions();
        ListeningPipeline pipeline = new(model, options);
        long openedAtBlock = -1;
        long triggerFrames = -1;
        sbyte[] window = [];
        for (int i = 0; i < QuietThenSpeech.Length && triggerFrames < 0;)
        {
            i += pipeline.Process(QuietThenSpeech, i, Math.Min(700, QuietThenSpeech.Length - i), null);
            if (pipeline.GateChanged && pipeline.Gate.IsOpen && openedAtBlock < 0)
            {
                openedAtBlock = pipeline.Gate.Blocks;
            }

            if (pipeline.WakeTriggered)
            {
                triggerFrames = pipeline.Capture.WakeFrame;
                window = (sbyte[])pipeline.Capture.WakeWindow.Clone();
            }
        }

        Assert.True(openedAtBlock > 16, "the gate opens on the speech, after the quiet");
        Assert.True(triggerFrames > 0);

        // Independently: a fresh front end over the 16 blocks before the opening and onwards, the
        // 15 older ones as the pre-roll keeps them (pair averages at 8 kHz, the last 8 samples exact).
        short[] audio = PreRollAudio.AsKept(QuietThenSpeech, (int)openedAtBlock, 16);
        // The window runs on for the post-roll after the trigger frame, then freezes.
        List<sbyte[]> frames = PreRollAudio.Frames(model, audio, (int)(openedAtBlock - 16) * 512, (int)triggerFrames + options.WakePostRollFrames);

        sbyte[] expected = Enumerable.Repeat((sbyte)-128, 48 * 32).ToArray();
        int held = Math.Min(48, frames.Count);
        frames.Skip(frames.Count - held).SelectMany(f => f).ToArray().CopyTo(expected, (48 - held) * 32);
        Assert.Equal(expected, window);
        Assert.True(pipeline.Capture.WakePreRollFrames >= 16, "at least 0.5 s of the window precedes the voice onset");
    }

    [Fact]
    public void Streaming_results_do_not_depend_on_the_chunk_size()
    {
        WatchModel model = TestWatch.AlwaysFiring();
        model.RefractoryFrames = 20;
        string Trace(Func<int> chunk)
        {
            ListeningPipeline pipeline = new(model, new ListeningOptions { CommandFrames = 10, WakePostRollFrames = 4 });
            List<string> events = [];
            for (int i = 0; i < QuietThenSpeech.Length;)
            {
                i += pipeline.Process(QuietThenSpeech, i, Math.Min(chunk(), QuietThenSpeech.Length - i), null);
                if (pipeline.WakeTriggered)
                {
                    events.Add($"wake@{i}:{Convert.ToHexString((byte[])(Array)pipeline.Capture.WakeWindow)}");
                }

                if (pipeline.CommandCompleted)
                {
                    events.Add($"command@{i}:{Convert.ToHexString((byte[])(Array)pipeline.Capture.CommandFeatures)}");
                    pipeline.Rearm();
                }
            }

            return string.Join("\n", events);
        }

        string reference = Trace(() => 512);
        Assert.Contains("wake@", reference);
        Assert.Contains("command@", reference);
        Assert.Equal(reference, Trace(() => 1));
        Assert.Equal(reference, Trace(() => 160));
        Assert.Equal(reference, Trace(() => 1000));
        Random rng = new(5);
        Assert.Equal(reference, Trace(() => rng.Next(1, 5000)));
    }

    [Fact]
    public void On_silence_the_front_end_and_the_model_never_run()
    {
        ListeningPipeline pipeline = new(TestWatch.AlwaysFiring(), new ListeningOptions());
        short[] quiet = SpeechLikeSignal.Noise(3, 9);
        for (int i = 0; i < quiet.Length;)
        {
            i += pipeline.Process(quiet, i, quiet.Length - i, null);
        }

        Assert.Equal(0, pipeline.FramesComputed);
    }

    [Fact]
    public void The_default_post_roll_is_the_one_wai_eval_measures_the_cascade_with_and_stays_validated()
    {
        var options = new ListeningOptions();
        Assert.Equal(WakeCandidateWindow.PostRollFrames, options.WakePostRollFrames);
        options.Validate();
        options.WakePostRollFrames = options.CommandFrames;
        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }
}
