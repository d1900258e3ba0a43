using WearableAI.Firmware.Link;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Link;

/// <summary>
/// The events the watch keeps until the hub's receipt: what a wearer would miss if one went wrong — a gesture that a dying
/// hub worker took and that is never sent again, or one sent again forever.
/// </summary>
public class UnreceiptedEventsTests
{
    private readonly UnreceiptedEvents _events = new(capacity: 3, maxEventBytes: 128, resendMs: 2000, maxResends: 4);

    [Fact]
    public void Without_a_receipt_an_event_goes_out_again_at_2_6_14_and_30_seconds_then_is_given_up_and_counted()
    {
        byte[] gesture = Frame(FrameKind.Gesture, 7);
        _events.Track(7, gesture, 0, gesture.Length, nowMs: 0);
        var resent = new List<long>();
        for (long ms = 0; ms <= 70_000; ms += 10)
        {
            int length = _events.TakeDue(ms, out byte[] frame);
            if (length > 0)
            {
                resent.Add(ms);
                Assert.Equal(gesture, frame.AsSpan(0, length).ToArray()); // byte for byte: same sequence, same time
            }
        }

        Assert.Equal([2000L, 6000, 14_000, 30_000], resent);
        Assert.Equal(0, _events.Count);
        Assert.Equal(1, _events.AbandonedCount);
        Assert.Equal(4, _events.ResentCount);
    }

    [Fact]
    public void The_receipt_ends_the_resends_and_a_second_receipt_changes_nothing()
    {
        byte[] gesture = Frame(FrameKind.Gesture, 7);
        _events.Track(7, gesture, 0, gesture.Length, nowMs: 0);
        Assert.True(_events.TakeDue(2000, out _) > 0);

        Assert.True(_events.Confirm(7));
        Assert.False(_events.Confirm(7));
        Assert.Equal(-1, _events.TakeDue(60_000, out _));
        Assert.Equal(0, _events.AbandonedCount);
        Assert.Equal(1, _events.ConfirmedCount);
    }

    [Fact]
    public void Receipts_out_of_order_leave_the_others_waiting_in_order()
    {
        for (uint sequence = 1; sequence <= 3; sequence++)
        {
            byte[] frame = Frame(FrameKind.Gesture, sequence);
            _events.Track(sequence, frame, 0, frame.Length, nowMs: sequence);
        }

        _events.Confirm(2);

        Assert.Equal(2, _events.Count);
        Assert.Equal(1u, SequenceOf(_events, 5000));
        Assert.Equal(3u, SequenceOf(_events, 5000));
    }

    [Fact]
    public void When_every_slot_waits_the_oldest_event_is_given_up_and_counted()
    {
        for (uint sequence = 1; sequence <= 4; sequence++)
        {
            byte[] frame = Frame(FrameKind.ModelAck, sequence);
            _events.Track(sequence, frame, 0, frame.Length, nowMs: 0);
        }

        Assert.Equal(3, _events.Count);
        Assert.Equal(1, _events.AbandonedCount);
        Assert.False(_events.Confirm(1));
        Assert.True(_events.Confirm(4));
    }

    [Fact]
    public void A_new_hello_replaces_the_one_still_waiting_without_counting_it_lost()
    {
        byte[] first = Frame(FrameKind.Hello, 1);
        byte[] gesture = Frame(FrameKind.Gesture, 2);
        byte[] second = Frame(FrameKind.Hello, 3);
        _events.Track(1, first, 0, first.Length, 0);
        _events.Track(2, gesture, 0, gesture.Length, 0);
        _events.Track(3, second, 0, second.Length, 0);

        Assert.Equal(2, _events.Count);
        Assert.False(_events.Confirm(1));
        Assert.Equal(0, _events.AbandonedCount);
    }

    [Fact]
    public void On_reconnect_every_waiting_event_gets_a_full_wait_before_its_next_resend()
    {
        byte[] gesture = Frame(FrameKind.Gesture, 7);
        _events.Track(7, gesture, 0, gesture.Length, nowMs: 0);

        _events.Postpone(nowMs: 60_000); // offline for a minute: the queue sends it first, its receipt may be on the way
        Assert.Equal(-1, _events.TakeDue(61_999, out _));
        Assert.True(_events.TakeDue(62_000, out _) > 0);
        Assert.Equal(-1, _events.TakeDue(65_999, out _));
        Assert.True(_events.TakeDue(66_000, out _) > 0);
    }

    [Fact]
    public void An_event_larger_than_a_slot_is_not_kept()
    {
        byte[] large = new byte[129];
        large[1] = (byte)FrameKind.Error;

        Assert.False(_events.Track(9, large, 0, large.Length, 0));
        Assert.Equal(0, _events.Count);
    }

    [Fact]
    public void Tracking_confirming_and_resending_allocate_nothing()
    {
        byte[] gesture = Frame(FrameKind.Gesture, 1);
        _events.Track(1, gesture, 0, gesture.Length, 0);
        _events.Confirm(1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (uint sequence = 2; sequence < 200; sequence++)
        {
            _events.Track(sequence, gesture, 0, gesture.Length, sequence * 1000);
            _events.TakeDue(sequence * 1000 + 5000, out _);
            _events.Confirm(sequence - 1);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static uint SequenceOf(UnreceiptedEvents events, long nowMs)
    {
        int length = events.TakeDue(nowMs, out byte[] frame);
        Assert.True(length > 0);
        Assert.Equal(FrameError.None, FrameCodec.Decode(frame, 0, length, out Frame? decoded));
        return decoded!.Sequence;
    }

    private static byte[] Frame(FrameKind kind, uint sequence)
    {
        Frame frame = kind switch
        {
            FrameKind.Hello => new HelloFrame { BoardName = "sim", FirmwareVersion = "1" },
            FrameKind.ModelAck => new ModelAckFrame { ModelVersion = 2 },
            _ => new GestureFrame { Gesture = GestureKind.Raise, Confidence = 20000 },
        };
        frame.Sequence = sequence;
        return FrameCodec.ToArray(frame);
    }
}
