using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Simulation;

namespace WearableAI.Firmware.Tests.Host;

public class SimulatedHardwareTests
{
    [Fact]
    public void A_model_update_written_to_staging_becomes_active_on_swap_and_a_second_swap_rolls_back()
    {
        InMemoryModelStore store = new(slotBytes: 64);
        store.WriteStaging(0, [1, 1, 1], 0, 3);
        store.Swap();
        store.WriteStaging(0, [2, 2], 0, 2);
        store.WriteStaging(2, [2, 2], 0, 2);

        store.Swap();
        byte[] active = new byte[8];
        int n = store.Read(ModelSlot.Active, 0, active, 0, 8);
        Assert.Equal(new byte[] { 2, 2, 2, 2 }, active[..n]);

        store.Swap();
        n = store.Read(ModelSlot.Active, 0, active, 0, 8);
        Assert.Equal(new byte[] { 1, 1, 1 }, active[..n]);
    }

    [Fact]
    public void The_message_link_refuses_to_publish_while_disconnected_and_reports_oversized_deliveries()
    {
        InMemoryMessageLink link = new() { HubReachable = false };
        Assert.False(link.Connect());
        Assert.False(link.Publish(LinkChannel.Event, [1], 0, 1));

        link.Deliver(LinkChannel.Result, new byte[10]);
        link.Deliver(LinkChannel.Config, [7]);
        byte[] buffer = new byte[4];

        Assert.Equal(LinkPoll.MessageTooLarge, link.Poll(buffer, 0, out _));
        Assert.Equal(1, link.Poll(buffer, 0, out LinkChannel channel));
        Assert.Equal(LinkChannel.Config, channel);
        Assert.Equal(LinkPoll.NothingReceived, link.Poll(buffer, 0, out _));
    }

    [Fact]
    public void The_simulated_wall_clock_jumps_on_sync_while_uptime_stays_monotonic()
    {
        SimulatedClock clock = new(unixStartMs: 1000);
        clock.Advance(500);
        clock.SetUnixTime(5000);
        clock.Advance(10);

        Assert.Equal(510, clock.UptimeMs);
        Assert.Equal(5010, clock.UnixTimeMs);
    }
}
