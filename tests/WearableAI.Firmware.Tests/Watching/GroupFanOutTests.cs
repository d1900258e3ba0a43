using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.State;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Protocol;
using Verdict = WearableAI.Shared.Protocol.Verdict;

namespace WearableAI.Firmware.Tests.Watching;

public class GroupFanOutTests
{
    private static TestWatch JoinedWatch(string group = "living-room")
    {
        TestWatch t = new(new short[512 * 200], TestWatch.NeverFiring());
        t.Link.Deliver(LinkChannel.Config, WatchTests.Encode(new DeviceConfigFrame { Sequence = 1, WakeThreshold = 16384, GroupId = group }));
        t.Step();
        t.Step();
        return t;
    }

    private static byte[] ResultOf(string device, string label, Verdict verdict = Verdict.Accepted) =>
        WatchTests.Encode(new ResultFrame { Sequence = 9, ReplyToSequence = 4, DeviceId = device, Verdict = verdict, Label = label });

    [Fact]
    public void A_config_naming_a_group_makes_the_watch_follow_it_and_a_result_of_another_watch_flashes_then_the_led_returns()
    {
        TestWatch t = JoinedWatch();
        Assert.Equal("living-room", t.Link.JoinedGroup);
        Assert.Equal("living-room", t.Watch.Link.GroupId);

        Assert.True(t.Link.DeliverToGroup("living-room", ResultOf("watch-2", "stop")));
        t.Step();

        Assert.Equal(IndicatorPattern.GroupResult, t.Indicator.Current);
        Assert.Contains(StatusDisplay.GroupResultPulseMs, t.Indicator.Pulses);
        Assert.Equal("stop", t.Watch.Inbox.GroupResultLabel);
        Assert.Equal("watch-2", t.Watch.Inbox.GroupResultDevice);
        Assert.Equal(WatchState.Idle, t.Watch.Machine.State);

        for (int i = 0; i < (StatusDisplay.GroupResultShowMs / 32) + 2; i++)
        {
            t.Step();
        }

        Assert.NotEqual(IndicatorPattern.GroupResult, t.Indicator.Current);
    }

    [Fact]
    public void Rejected_or_empty_group_results_and_other_groups_do_not_show()
    {
        TestWatch t = JoinedWatch();
        Assert.False(t.Link.DeliverToGroup("kitchen", ResultOf("watch-3", "go")));
        t.Link.DeliverToGroup("living-room", ResultOf("watch-2", "stop", Verdict.Rejected));
        t.Link.DeliverToGroup("living-room", ResultOf("watch-2", string.Empty));
        t.Step();
        t.Step();

        Assert.Equal(0, t.Watch.Inbox.GroupResults);
        Assert.DoesNotContain(IndicatorPattern.GroupResult, t.Indicator.History);
        Assert.Equal(0, t.Watch.Link.Rejections.Total);
    }

    [Fact]
    public void Another_devices_result_on_the_devices_own_channel_is_counted_as_unexpected_not_shown()
    {
        TestWatch t = JoinedWatch();
        t.Link.Deliver(LinkChannel.Result, ResultOf("watch-2", "stop"));
        t.Step();

        Assert.Equal(1, t.Watch.Link.Rejections.Unexpected);
        Assert.Equal(0, t.Watch.Inbox.GroupResults);
    }

    [Fact]
    public void A_new_config_moves_the_watch_to_the_new_group_and_an_empty_one_leaves()
    {
        TestWatch t = JoinedWatch();
        t.Link.Deliver(LinkChannel.Config, WatchTests.Encode(new DeviceConfigFrame { Sequence = 2, WakeThreshold = 16384, GroupId = "kitchen" }));
        t.Step();
        Assert.Equal("kitchen", t.Link.JoinedGroup);
        Assert.False(t.Link.DeliverToGroup("living-room", ResultOf("watch-2", "stop")));

        t.Link.Deliver(LinkChannel.Config, WatchTests.Encode(new DeviceConfigFrame { Sequence = 3, WakeThreshold = 16384 }));
        t.Step();
        Assert.Equal(string.Empty, t.Link.JoinedGroup);
    }
}
