using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.State;

namespace WearableAI.Firmware.Tests.State;

public class StatusDisplayTests
{
    private readonly SimulatedClock _clock = new();
    private readonly RecordingIndicator _indicator = new();
    private readonly WatchStateMachine _watch;
    private readonly StatusDisplay _display;

    public StatusDisplayTests()
    {
        _watch = new WatchStateMachine(_clock, new WatchOptions());
        _display = new StatusDisplay(_indicator);
    }

    [Fact]
    public void The_wearer_sees_each_stage_of_a_verified_command_and_feels_one_short_pulse()
    {
        Step(() => _watch.SetVoiceGate(true));
        Step(() => _watch.WakeTriggered());
        Step(() => _watch.VerdictReceived(Verdict.Accepted));
        Step(() => _watch.CommandCaptured(1));
        Step(() => _watch.ResultReceived(1));

        Assert.Equal(
            new[] { IndicatorPattern.Off, IndicatorPattern.Listening, IndicatorPattern.Thinking, IndicatorPattern.Capturing, IndicatorPattern.Thinking, IndicatorPattern.Result },
            _indicator.History);
        Assert.Equal(new[] { StatusDisplay.ResultPulseMs }, _indicator.Pulses);
    }

    [Fact]
    public void An_unverified_result_looks_and_feels_different_from_a_verified_one()
    {
        _watch.SetLinkConnected(false);
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        _watch.CommandCaptured(1);

        _display.Update(_watch);

        Assert.Equal(IndicatorPattern.UnverifiedResult, _indicator.Current);
        Assert.Equal(new[] { StatusDisplay.UnverifiedPulseMs }, _indicator.Pulses);
    }

    [Fact]
    public void A_rejected_wake_word_flashes_rejected_and_losing_the_hub_while_idle_shows_offline()
    {
        _watch.SetVoiceGate(true);
        _watch.WakeTriggered();
        _watch.VerdictReceived(Verdict.Rejected);
        _display.Update(_watch);
        Assert.Equal(IndicatorPattern.Rejected, _indicator.Current);

        _watch.SetVoiceGate(false);
        _display.Update(_watch);
        Assert.Equal(IndicatorPattern.Off, _indicator.Current);

        _watch.SetLinkConnected(false);
        Assert.True(_display.Update(_watch));
        Assert.Equal(IndicatorPattern.Offline, _indicator.Current);
        Assert.False(_display.Update(_watch));
    }

    private void Step(Func<bool> input)
    {
        _display.Update(_watch);
        Assert.True(input());
        _display.Update(_watch);
    }
}
