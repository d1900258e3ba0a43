using WearableAI.Firmware.Common;

namespace WearableAI.Firmware.Tests.Link;

public class StallWatchdogTests
{
    [Fact]
    public void A_loop_that_keeps_kicking_is_never_stalled_and_one_that_stops_is_after_the_timeout()
    {
        StallWatchdog watchdog = new(timeoutSeconds: 20, nowSeconds: 100);
        for (int now = 100; now <= 400; now += 5)
        {
            watchdog.Kick(now);
            Assert.False(watchdog.IsStalled(now + 4));
        }

        Assert.False(watchdog.IsStalled(420));
        Assert.True(watchdog.IsStalled(421));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StallWatchdog(0, 0));
    }
}
