using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.State;

namespace WearableAI.Firmware.Tests.State;

public class WatchStateMachineTests
{
    private const int Stop = 8;
    private const int Go = 9;

    private readonly SimulatedClock _clock = new();
    private readonly WatchOptions _options = new() { VerdictTimeoutMs = 1500, CommandTimeoutMs = 3000, ResultTimeoutMs = 2000, ShowResultMs = 3000, RaiseListenMs = 5000 };
    private readonly WatchStateMachine _watch;

    public WatchStateMachineTests()
    {
        _watch = new WatchStateMachine(_clock, _options);
    }

    [Fact]
    public void A_verified_command_goes_round_the_whole_cycle_back_to_idle()
    {
        Assert.True(_watch.SetVoiceGate(true));
        Assert.Equal(WatchState.Listening, _watch.State);
        Assert.True(_watch.WakeTriggered());
        Assert.Equal(WatchState.AwaitingVerdict, _watch.State);
        Assert.True(_watch.VerdictReceived(Verdict.Accepted));
        Assert.Equal(WatchState.CapturingCommand, _watch.State);
        Assert.True(_watch.CommandCaptured(Go));
        Assert.Equal(WatchState.AwaitingResult, _watch.State);
        Assert.True(_watch.ResultReceived(Stop));
        Assert.Equal(WatchState.ShowingResult, _watch.State);
        Assert.Equal(Stop, _watch.ResultCommand);
        Assert.False(_watch.IsUnverified);

        _watch.SetVoiceGate(false);
        Advance(2999);
        Assert.Equal(WatchState.ShowingResult, _watch.State);
        Advance(1);
        Assert.Equal(WatchState.Idle, _watch.State);
        Assert.Equal(WatchStateMachine.NoCommand, _watch.ResultCommand);
    }

    [Fact]
    public void Without_a_verdict_the_candidate_is_due_again_at_half_a_second_and_a_second_and_never_a_third_time()
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        var due = new List<int>();
        for (int ms = 1; ms < 1500; ms++)
        {
            Advance(1);
            if (_watch.ResendDue())
            {
                due.Add(ms);
            }
        }

        Assert.Equal([500, 1000], due);
        Assert.Equal(WatchState.AwaitingVerdict, _watch.State);
    }

    [Fact]
    public void Once_the_verdict_came_no_resend_is_due()
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        Advance(500);
        Assert.True(_watch.ResendDue());
        _watch.VerdictReceived(Verdict.StandDown);

        Advance(600);
        Assert.False(_watch.ResendDue());
    }

    [Fact]
    public void A_silent_hub_puts_the_watch_offline_and_it_acts_on_the_tiny_model_alone_marked_unverified()
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        Advance(1499);
        Assert.Equal(WatchState.AwaitingVerdict, _watch.State);
        Advance(1);

        Assert.True(_watch.IsHubOffline);
        Assert.True(_watch.IsUnverified);
        Assert.Equal(WatchState.CapturingCommand, _watch.State);

        _watch.CommandCaptured(Go);
        Assert.Equal(WatchState.ShowingResult, _watch.State);
        Assert.Equal(Go, _watch.ResultCommand);
        Assert.True(_watch.IsUnverified);
    }

    [Fact]
    public void Once_offline_the_next_wake_word_skips_the_verdict_until_the_hub_is_heard_again()
    {
        _watch.SetVoiceGate(true);
        _watch.SetLinkConnected(false);
        Assert.True(_watch.IsHubOffline);

        _watch.WakeTriggered();
        Assert.Equal(WatchState.CapturingCommand, _watch.State);
        Assert.True(_watch.IsUnverified);

        _watch.SetLinkConnected(true);
        Assert.False(_watch.IsHubOffline);
    }

    [Fact]
    public void When_the_result_times_out_the_tiny_models_own_command_is_shown_unverified_and_a_late_result_replaces_it()
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        _watch.VerdictReceived(Verdict.Accepted);
        _watch.CommandCaptured(Go);
        Advance(2000);

        Assert.Equal(WatchState.ShowingResult, _watch.State);
        Assert.Equal(Go, _watch.ResultCommand);
        Assert.True(_watch.IsUnverified);
        Assert.True(_watch.IsHubOffline);

        Assert.True(_watch.ResultReceived(Stop));
        Assert.Equal(Stop, _watch.ResultCommand);
        Assert.False(_watch.IsUnverified);
        Assert.False(_watch.IsHubOffline);
    }

    [Fact]
    public void A_link_drop_while_waiting_for_the_verdict_acts_at_once_without_waiting_for_the_timeout()
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();

        Assert.True(_watch.SetLinkConnected(false));

        Assert.Equal(WatchState.CapturingCommand, _watch.State);
        Assert.True(_watch.IsUnverified);
    }

    [Fact]
    public void A_late_rejection_cancels_an_unverified_command_being_captured()
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        Advance(1500);
        Assert.Equal(WatchState.CapturingCommand, _watch.State);

        Assert.True(_watch.VerdictReceived(Verdict.Rejected));

        Assert.Equal(WatchState.Listening, _watch.State);
        Assert.False(_watch.IsUnverified);
        Assert.False(_watch.IsHubOffline);
    }

    [Theory]
    [InlineData(Verdict.Rejected, true, WatchState.Listening)]
    [InlineData(Verdict.Rejected, false, WatchState.Idle)]
    [InlineData(Verdict.StandDown, true, WatchState.Idle)]
    public void A_rejected_or_outranked_wake_word_returns_to_rest(Verdict verdict, bool voiceStillActive, WatchState expected)
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        _watch.SetVoiceGate(voiceStillActive);

        _watch.VerdictReceived(verdict);

        Assert.Equal(expected, _watch.State);
    }

    [Fact]
    public void No_command_within_the_capture_timeout_returns_to_rest()
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        _watch.VerdictReceived(Verdict.Accepted);
        _watch.SetVoiceGate(false);

        Advance(3000);

        Assert.Equal(WatchState.Idle, _watch.State);
    }

    [Fact]
    public void Raise_to_speak_opens_the_microphone_without_voice_activity_for_the_listen_window()
    {
        Assert.False(_watch.IsMicrophoneOpen);

        Assert.True(_watch.WristRaised());
        Assert.Equal(WatchState.Listening, _watch.State);
        Assert.True(_watch.IsMicrophoneOpen);

        _watch.SetVoiceGate(true);
        _watch.SetVoiceGate(false);
        Advance(4999);
        Assert.Equal(WatchState.Listening, _watch.State);
        Advance(1);
        Assert.Equal(WatchState.Idle, _watch.State);
        Assert.False(_watch.IsMicrophoneOpen);
    }

    [Fact]
    public void With_raise_to_speak_off_a_wrist_raise_changes_nothing()
    {
        _options.RaiseToSpeak = false;

        Assert.False(_watch.WristRaised());
        Assert.Equal(WatchState.Idle, _watch.State);
    }

    [Fact]
    public void Inputs_that_do_not_apply_are_ignored_and_change_nothing()
    {
        int before = _watch.Transitions;

        Assert.False(_watch.WakeTriggered());
        Assert.False(_watch.CommandCaptured(Go));
        Assert.False(_watch.ResultReceived(Go));
        Assert.False(_watch.VerdictReceived(Verdict.Accepted));
        Advance(60_000);

        Assert.Equal(WatchState.Idle, _watch.State);
        Assert.Equal(before, _watch.Transitions);
    }

    [Fact]
    public void Invalid_timeouts_are_refused_at_construction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WatchStateMachine(_clock, new WatchOptions { VerdictTimeoutMs = 0 }));
    }

    private void Advance(int ms)
    {
        _clock.Advance(ms);
        _watch.Tick();
    }
}
