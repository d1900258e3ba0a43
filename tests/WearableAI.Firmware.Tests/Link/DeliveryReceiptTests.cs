using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Link;

namespace WearableAI.Firmware.Tests.Link;

/// <summary>A transport that confirms later (M2Mqtt's Publish only enqueues): events leave the queue on the broker's receipt.</summary>
public class DeliveryReceiptTests
{
    private readonly SimulatedClock _clock = new();
    private readonly AcknowledgingLink _link = new();
    private readonly OfflineQueue _queue = new(capacity: 6, maxMessageBytes: 8);
    private readonly LinkSupervisor _supervisor;

    public DeliveryReceiptTests()
    {
        _supervisor = new LinkSupervisor(_link, _queue, new Backoff(1000, 8000, 0, 1), _clock, maxInFlight: 2);
        _supervisor.Service(10);
    }

    [Fact]
    public void An_event_the_client_took_stays_queued_until_the_broker_acknowledges_it()
    {
        _supervisor.Send(LinkChannel.Event, [1], 0, 1);
        _supervisor.Service(10);

        Assert.Equal(1, _link.Unacknowledged);
        Assert.Equal(1, _queue.Count);

        _link.AcknowledgeOldest();
        _supervisor.Service(10);

        Assert.Equal(0, _queue.Count);
        Assert.Equal(1, _supervisor.ConfirmedCount);
        Assert.Equal(new byte[] { 1 }, _link.Delivered.Single().Payload);
    }

    [Fact]
    public void No_more_events_than_the_bound_wait_for_a_receipt_and_the_rest_follow_in_order()
    {
        for (byte i = 1; i <= 5; i++)
        {
            _supervisor.Send(LinkChannel.Event, [i], 0, 1);
        }

        for (int turn = 0; turn < 10 && _queue.Count > 0; turn++)
        {
            _supervisor.Service(10);
            Assert.True(_link.Unacknowledged <= 2);
            _link.AcknowledgeAll();
        }

        _supervisor.Service(10);
        Assert.Equal(2, _link.MostUnacknowledged);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, _link.Delivered.Select(m => m.Payload[0]).ToArray());
        Assert.Equal(0, _queue.Count);
    }

    [Fact]
    public void An_event_whose_acknowledgement_was_lost_with_the_connection_is_sent_again_after_reconnecting()
    {
        _supervisor.Send(LinkChannel.Event, [7], 0, 1);
        _supervisor.Service(10);
        _link.Disconnect();

        _supervisor.Service(10);
        Assert.Equal(1, _queue.Count);
        Assert.Empty(_link.Delivered);

        _supervisor.Service(10);
        _link.AcknowledgeAll();
        _supervisor.Service(10);

        Assert.Equal(new byte[] { 7 }, _link.Delivered.Single().Payload);
        Assert.Equal(0, _queue.Count);
    }

    [Fact]
    public void An_event_the_client_gave_up_on_is_published_again_before_the_newer_ones()
    {
        _supervisor.Send(LinkChannel.Event, [1], 0, 1);
        _supervisor.Send(LinkChannel.Event, [2], 0, 1);
        _link.GiveUpOldest();
        _link.AcknowledgeOldest();
        _supervisor.Service(10);
        _supervisor.Service(10);
        _link.AcknowledgeAll();
        _supervisor.Service(10);

        Assert.Equal(new byte[] { 2, 1, 2 }, _link.Delivered.Select(m => m.Payload[0]).ToArray());
        Assert.Equal(0, _queue.Count);
    }

    [Fact]
    public void An_acknowledgement_out_of_order_waits_until_the_older_event_is_confirmed()
    {
        _supervisor.Send(LinkChannel.Event, [1], 0, 1);
        _supervisor.Send(LinkChannel.Event, [2], 0, 1);
        _link.Acknowledge(1);
        _supervisor.Service(10);

        Assert.Equal(2, _queue.Count);

        _link.AcknowledgeOldest();
        _supervisor.Service(10);

        Assert.Equal(0, _queue.Count);
        Assert.Equal(2, _supervisor.ConfirmedCount);
    }

    [Fact]
    public void A_full_queue_drops_the_oldest_even_in_flight_and_its_late_receipt_changes_nothing()
    {
        OfflineQueue small = new(capacity: 2, maxMessageBytes: 8);
        LinkSupervisor supervisor = new(_link, small, new Backoff(1000, 8000, 0, 1), _clock, maxInFlight: 1);
        supervisor.Send(LinkChannel.Event, [1], 0, 1);
        supervisor.Send(LinkChannel.Event, [2], 0, 1);
        supervisor.Send(LinkChannel.Event, [3], 0, 1);

        _link.AcknowledgeOldest();
        supervisor.Service(10);

        Assert.Equal(1, small.DroppedCount);
        Assert.Equal(2, small.Count);
        Assert.Equal(1, small.InFlight);
        byte[] buffer = new byte[8];
        small.CopyOldest(buffer, 0, out _);
        Assert.Equal(2, buffer[0]);
    }

    [Fact]
    public void Events_sent_while_offline_wait_and_none_is_published_before_the_connection()
    {
        _link.Disconnect();
        _link.HubReachable = false;
        _supervisor.Send(LinkChannel.Event, [9], 0, 1);
        _clock.Advance(1000);
        _supervisor.Service(10);

        Assert.Equal(0, _link.Unacknowledged);
        Assert.Equal(1, _queue.Count);

        _link.HubReachable = true;
        _clock.Advance(2000);
        _supervisor.Service(10);
        _link.AcknowledgeAll();
        _supervisor.Service(10);

        Assert.Equal(new byte[] { 9 }, _link.Delivered.Single().Payload);
    }

    [Fact]
    public void A_link_that_connected_in_the_background_restarts_the_backoff_so_the_next_loss_retries_after_a_second()
    {
        _link.Disconnect();
        _link.ConnectsInBackground = true;
        for (int ms = 0; ms < 16_000; ms += 100)
        {
            _supervisor.Service(10);
            _clock.Advance(100);
        }

        _link.CompleteBackgroundConnect();
        _supervisor.Service(10);
        _link.Disconnect();
        _supervisor.Service(10);
        int asked = _link.PendingAttempts;
        _clock.Advance(1000);
        _supervisor.Service(10);

        Assert.Equal(1, asked);
        Assert.Equal(2, _link.PendingAttempts);
    }
}
