using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Link;

namespace WearableAI.Firmware.Tests.Link;

public class LinkSupervisorTests
{
    private readonly SimulatedClock _clock = new();
    private readonly InMemoryMessageLink _link = new();
    private readonly OfflineQueue _queue = new(capacity: 3, maxMessageBytes: 8);
    private readonly LinkSupervisor _supervisor;

    public LinkSupervisorTests()
    {
        _supervisor = new LinkSupervisor(_link, _queue, new Backoff(1000, 8000, 0, 1), _clock);
    }

    [Fact]
    public void While_the_hub_is_away_messages_queue_and_reconnects_follow_the_backoff()
    {
        _link.HubReachable = false;
        _supervisor.Service(10);
        Assert.False(_supervisor.Send(LinkChannel.Event, [1], 0, 1));

        List<long> attemptTimes = [];
        for (int ms = 0; ms <= 16_000; ms += 100)
        {
            int before = _link.ConnectAttempts;
            _supervisor.Service(10);
            if (_link.ConnectAttempts > before)
            {
                attemptTimes.Add(_clock.UptimeMs);
            }

            _clock.Advance(100);
        }

        Assert.Equal(new long[] { 1000, 3000, 7000, 15000 }, attemptTimes);
        Assert.Equal(1, _queue.Count);
        Assert.Empty(_link.Published);
    }

    [Fact]
    public void On_reconnect_the_queue_drains_oldest_first_and_new_messages_wait_their_turn()
    {
        _link.HubReachable = false;
        _supervisor.Service(10);
        for (byte i = 1; i <= 5; i++)
        {
            _supervisor.Send(LinkChannel.Event, [i], 0, 1);
        }

        _link.HubReachable = true;
        _clock.Advance(1000);
        Assert.Equal(2, _supervisor.Service(2));
        Assert.False(_supervisor.Send(LinkChannel.Event, [6], 0, 1));
        _supervisor.Service(10);

        Assert.Equal(new byte[] { 3, 4, 5, 6 }, _link.Published.Select(m => m.Payload[0]).ToArray());
        Assert.Equal(2, _queue.DroppedCount);
        Assert.True(_supervisor.Send(LinkChannel.Event, [7], 0, 1));
    }
}
