using WearableAI.Firmware.Host.Imu;
using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Signals;
using WearableAI.Firmware.State;
using WearableAI.Firmware.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Watching;

public class ReconnectTests
{
    [Fact]
    public void After_the_broker_drops_the_watch_it_reconnects_on_backoff_and_announces_itself_again()
    {
        TestWatch t = new(new short[512 * 2000], TestWatch.NeverFiring());
        t.Step();
        Assert.True(t.Watch.Link.IsConnected);
        int announcements = t.Sent(LinkChannel.Status).Count();

        t.Link.HubReachable = false;
        t.Link.Disconnect();
        for (int i = 0; i < 200; i++)
        {
            t.Step();
        }

        Assert.False(t.Watch.Link.IsConnected);
        Assert.Equal(IndicatorPattern.Offline, t.Indicator.Current);
        int attemptsWhileAway = t.Link.ConnectAttempts;
        Assert.InRange(attemptsWhileAway, 3, 100);

        t.Link.HubReachable = true;
        for (int i = 0; i < 2000 && !t.Watch.Link.IsConnected; i++)
        {
            t.Step();
        }

        Assert.True(t.Watch.Link.IsConnected);
        StatusFrame status = Assert.IsType<StatusFrame>(t.Sent(LinkChannel.Status).Last());
        Assert.True(status.Online);
        Assert.Equal(announcements + 1, t.Sent(LinkChannel.Status).Count());
        Assert.IsType<HelloFrame>(t.Sent().Last());
        t.Step();
        Assert.NotEqual(IndicatorPattern.Offline, t.Indicator.Current);
    }

    [Fact]
    public void A_gesture_made_while_offline_is_sent_after_the_reconnect()
    {
        TestWatch t = new(new short[512 * 400], TestWatch.NeverFiring(), hubReachable: false, imu: SyntheticImu.Generate(ImuScenario.Shake, 3));
        t.Run();
        Assert.Empty(t.Link.Published);
        Assert.True(t.Watch.Link.Queue.Count > 0);

        t.Link.HubReachable = true;
        for (int i = 0; i < 2000 && t.Watch.Link.Queue.Count > 0; i++)
        {
            t.Step();
        }

        Assert.Contains(t.Sent(), f => f is GestureFrame { Gesture: GestureKind.Shake });
        Assert.Equal(WatchState.Idle, t.Watch.Machine.State);
    }
}
