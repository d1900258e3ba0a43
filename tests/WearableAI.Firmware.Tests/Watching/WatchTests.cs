using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Imu;
using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.State;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Protocol;
using Verdict = WearableAI.Shared.Protocol.Verdict;

namespace WearableAI.Firmware.Tests.Watching;

public class WatchTests
{
    private static readonly short[] QuietThenSpeech = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1, 8), SpeechLikeSignal.Speech(2.5, 8), SpeechLikeSignal.Noise(1, 9));

    [Fact]
    public void On_connect_the_watch_publishes_a_retained_status_then_hello_then_its_wake_candidate()
    {
        TestWatch t = new(QuietThenSpeech, TestWatch.AlwaysFiring());
        t.Run();

        Assert.IsType<StatusFrame>(TestWatch.Decode(t.Link.Published[0].Payload));
        Assert.Equal(LinkChannel.Status, t.Link.Published[0].Channel);
        Frame[] events = t.Sent().ToArray();
        Assert.IsType<HelloFrame>(events[0]);
        WakeCandidateFrame wake = Assert.IsType<WakeCandidateFrame>(events[1]);
        Assert.Equal(48, wake.FrameCount);
        Assert.True(wake.PreRollFrames >= 16);
        Assert.True(wake.VoiceEnergy > wake.AmbientEnergy);
        Assert.Equal(wake.Sequence, events[0].Sequence + 1);
    }

    [Fact]
    public void A_trigger_whose_post_roll_ends_after_the_voice_gate_closed_still_sends_its_wake_candidate()
    {
        // A short utterance, and a post-roll longer than the gate's hangover: the trigger comes while the gate is
        // open, the gate closes, and only then does the post-roll end and the trigger get reported.
        short[] pcm = SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1, 8), SpeechLikeSignal.Speech(0.3, 8), SpeechLikeSignal.Noise(2, 9));
        var settings = new WatchSettings { MaxModelBytes = 64 * 1024 };
        settings.Listening.WakePostRollFrames = settings.Listening.CommandFrames - 1;
        TestWatch t = new(pcm, TestWatch.AlwaysFiring(), settings: settings);
        bool reportedAfterTheGateClosed = false;
        while (!t.Audio.IsFinished)
        {
            t.Step();
            reportedAfterTheGateClosed |= t.Watch.Pipeline!.Capture.IsPostRolling && !t.Watch.Pipeline.Gate.IsOpen;
        }

        Assert.True(reportedAfterTheGateClosed, "the gate closed while the post-roll ran");
        // One candidate: the copies re-sent while no verdict comes carry its sequence.
        WakeCandidateFrame wake = Assert.Single(t.Sent().OfType<WakeCandidateFrame>().DistinctBy(w => w.Sequence));
        Assert.Equal(48, wake.FrameCount);
        Assert.Equal(WatchState.AwaitingVerdict, t.Watch.Machine.State);
    }

    [Fact]
    public void While_the_hub_is_unreachable_frames_queue_and_the_command_is_shown_unverified_then_they_leave_in_order()
    {
        TestWatch t = new(QuietThenSpeech, TestWatch.AlwaysFiring(), hubReachable: false);
        t.Watch.Machine.SetLinkConnected(false);
        bool shownUnverified = false;
        while (!t.Audio.IsFinished)
        {
            t.Step();
            shownUnverified |= t.Watch.Machine.State == WatchState.ShowingResult && t.Watch.Outcome == Verdict.Unverified;
        }

        Assert.Empty(t.Link.Published);
        Assert.True(shownUnverified);
        Assert.Equal(2, t.Watch.Link.Queue.Count);

        t.Link.HubReachable = true;
        for (int i = 0; i < 2000 && t.Watch.Link.Queue.Count > 0; i++)
        {
            t.Step();
        }

        Frame[] events = t.Sent().ToArray();
        Assert.IsType<HelloFrame>(events[0]);
        WakeCandidateFrame wake = Assert.IsType<WakeCandidateFrame>(events[1]);
        CommandFeaturesFrame command = Assert.IsType<CommandFeaturesFrame>(events[2]);
        Assert.Equal(wake.Sequence, command.ReplyToSequence);
    }

    [Fact]
    public void A_candidate_without_a_verdict_goes_out_again_byte_for_byte_until_one_comes()
    {
        // Long speech: the watch listens on while it waits, so the loop runs past the re-send times.
        TestWatch t = new(SpeechLikeSignal.Concat(SpeechLikeSignal.Noise(1, 8), SpeechLikeSignal.Speech(4, 8)), TestWatch.AlwaysFiring());
        List<byte[]> Candidates() => [.. t.Link.Published.Where(m => m.Channel == LinkChannel.Event && TestWatch.Decode(m.Payload) is WakeCandidateFrame).Select(m => m.Payload)];
        while (Candidates().Count < 2 && !t.Audio.IsFinished)
        {
            t.Step(); // no hub answers the first one
        }

        List<byte[]> sent = Candidates();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0], sent[1]); // same sequence, same time: the hub answers it with the same verdict
        var wake = (WakeCandidateFrame)TestWatch.Decode(sent[0]);
        t.Link.Deliver(LinkChannel.Result, Encode(new ResultFrame { Sequence = 1, ReplyToSequence = wake.Sequence, DeviceId = "watch-1", Verdict = Verdict.StandDown, WinnerDeviceId = "watch-2" }));
        for (int i = 0; i < 60; i++)
        {
            t.Step(); // two seconds: past the second re-send's time
        }

        Assert.Equal(2, Candidates().Count(c => ((WakeCandidateFrame)TestWatch.Decode(c)).Sequence == wake.Sequence));
    }

    [Fact]
    public void A_command_without_a_result_goes_out_again_byte_for_byte_and_the_late_result_is_still_shown()
    {
        TestWatch t = new(QuietThenSpeech, TestWatch.AlwaysFiring());
        List<byte[]> Commands() => [.. t.Link.Published.Where(m => m.Channel == LinkChannel.Event && TestWatch.Decode(m.Payload) is CommandFeaturesFrame).Select(m => m.Payload)];
        bool accepted = false;
        for (int i = 0; i < 400 && Commands().Count < 3; i++)
        {
            t.Step();
            if (!accepted && t.Sent().OfType<WakeCandidateFrame>().FirstOrDefault() is { } wake && t.Watch.Machine.State == WatchState.AwaitingVerdict)
            {
                t.Link.Deliver(LinkChannel.Result, Encode(new ResultFrame { Sequence = 1, ReplyToSequence = wake.Sequence, DeviceId = "watch-1", Verdict = Verdict.Accepted, Label = "hey_nano" }));
                accepted = true;
            }
        }

        // The worker that took the command died: no result. Twice more (0.5 s and 1 s into the 2 s wait), same bytes.
        List<byte[]> sent = Commands();
        Assert.Equal(3, sent.Count);
        Assert.Equal(sent[0], sent[1]);
        Assert.Equal(sent[0], sent[2]);
        Assert.Equal(WatchState.AwaitingResult, t.Watch.Machine.State);

        var command = (CommandFeaturesFrame)TestWatch.Decode(sent[0]);
        t.Link.Deliver(LinkChannel.Result, Encode(new ResultFrame { Sequence = 2, ReplyToSequence = command.Sequence, DeviceId = "watch-1", Verdict = Verdict.Accepted, Label = "stop" }));
        t.Step();

        Assert.Equal(WatchState.ShowingResult, t.Watch.Machine.State);
        Assert.Equal(Verdict.Accepted, t.Watch.Outcome);
        Assert.Equal("stop", t.Watch.ResultLabel);
        for (int i = 0; i < 60; i++)
        {
            t.Step();
        }

        Assert.Equal(3, Commands().Count);
    }

    [Fact]
    public void An_accepted_wake_word_sends_the_command_and_the_hub_result_is_shown_verified()
    {
        TestWatch t = new(QuietThenSpeech, TestWatch.AlwaysFiring());
        WakeCandidateFrame? wake = null;
        CommandFeaturesFrame? command = null;
        bool shownVerified = false;
        for (int i = 0; i < 400; i++)
        {
            t.Step();
            wake ??= t.Sent().OfType<WakeCandidateFrame>().FirstOrDefault();
            if (wake is not null && t.Watch.Machine.State == WatchState.AwaitingVerdict)
            {
                t.Link.Deliver(LinkChannel.Result, Encode(new ResultFrame { Sequence = 1, ReplyToSequence = wake.Sequence, DeviceId = "watch-1", Verdict = Verdict.Accepted, Label = "hey_nano" }));
            }

            command ??= t.Sent().OfType<CommandFeaturesFrame>().FirstOrDefault();
            if (command is not null && t.Watch.Machine.State == WatchState.AwaitingResult)
            {
                t.Link.Deliver(LinkChannel.Result, Encode(new ResultFrame { Sequence = 2, ReplyToSequence = command.Sequence, DeviceId = "watch-1", Verdict = Verdict.Accepted, Label = "stop" }));
            }

            if (t.Watch.Machine.State == WatchState.ShowingResult && t.Watch.Outcome == Verdict.Accepted && t.Watch.ResultLabel == "stop")
            {
                shownVerified = true;
                break;
            }
        }

        Assert.True(shownVerified);
        Assert.Equal(40, command!.FrameCount);
    }

    [Fact]
    public void A_wrist_raise_opens_the_microphone_without_voice_and_sends_a_gesture()
    {
        short[] quiet = SpeechLikeSignal.Noise(4, 1);
        TestWatch raised = new(quiet, TestWatch.NeverFiring(), imu: SyntheticImu.Generate(ImuScenario.WristRaise, 1));
        TestWatch still = new(quiet, TestWatch.NeverFiring(), imu: SyntheticImu.Generate(ImuScenario.Still, 1));
        raised.Run();
        still.Run();

        Assert.True(raised.Watch.Pipeline!.FramesComputed > 0);
        Assert.Contains(raised.Sent(), f => f is GestureFrame { Gesture: GestureKind.Raise });
        Assert.Equal(0, still.Watch.Pipeline!.FramesComputed);
    }

    [Fact]
    public void Malformed_and_misplaced_hub_frames_are_ignored_and_counted_by_reason()
    {
        TestWatch t = new(new short[512 * 4], TestWatch.NeverFiring());
        byte[] good = Encode(new ResultFrame { Sequence = 1, ReplyToSequence = 99, DeviceId = "watch-1", Verdict = Verdict.Accepted });
        byte[] badCrc = (byte[])good.Clone();
        badCrc[^1] ^= 0xFF;
        t.Link.Deliver(LinkChannel.Result, [1, 2, 3]);
        t.Link.Deliver(LinkChannel.Result, badCrc);
        t.Link.Deliver(LinkChannel.Model, good);
        t.Link.Deliver(LinkChannel.Result, Encode(new ResultFrame { Sequence = 2, ReplyToSequence = 99, DeviceId = "watch-2", Verdict = Verdict.Accepted }));
        t.Link.Deliver(LinkChannel.Result, new byte[FrameCodec.MaxFrameSize + 1]);
        t.Link.Deliver(LinkChannel.Result, good);
        t.Run(extraSteps: 3);

        Assert.Equal(1, t.Watch.Link.Rejections.Of(FrameError.TooShort));
        Assert.Equal(1, t.Watch.Link.Rejections.Of(FrameError.BadCrc));
        Assert.Equal(2, t.Watch.Link.Rejections.Unexpected);
        Assert.Equal(1, t.Watch.Link.Rejections.Oversized);
        Assert.Equal(5, t.Watch.Link.Rejections.Total);
        Assert.Equal(WatchState.Idle, t.Watch.Machine.State);
    }

    [Fact]
    public void Steady_state_listening_allocates_nothing_per_frame()
    {
        TestWatch t = new(SpeechLikeSignal.Speech(12, 3), TestWatch.NeverFiring());
        for (int i = 0; i < 60; i++)
        {
            t.Step();
        }

        Assert.Equal(WatchState.Listening, t.Watch.Machine.State);
        long frames = t.Watch.Pipeline!.FramesComputed;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 250; i++)
        {
            t.Step();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(250, t.Watch.Pipeline.FramesComputed - frames);
        Assert.Equal(0, allocated);
    }

    internal static byte[] Encode(Frame frame)
    {
        byte[] buffer = new byte[FrameCodec.MaxFrameSize];
        return buffer[..FrameCodec.Encode(frame, buffer, 0)];
    }
}
