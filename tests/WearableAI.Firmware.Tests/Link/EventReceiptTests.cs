using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Host.Simulation;
using WearableAI.Firmware.Link;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Tests.Link;

/// <summary>
/// The hub's end-to-end receipt, as the watch's link sees it: the broker accepted a gesture, but only the hub's Receipt
/// ends it — a hub worker killed before storing it answers nothing, and the gesture must reach another.
/// </summary>
public class EventReceiptTests
{
    private readonly SimulatedClock _clock = new();
    private readonly InMemoryMessageLink _hub = new();
    private readonly WatchLink _link;

    public EventReceiptTests()
    {
        _link = new WatchLink(_hub, _clock, new DeviceIdentity { DeviceId = "watch-1", BoardName = "sim" }, queueCapacity: 4, maxMessageBytes: 256, backoffSeed: 1);
        _link.Service();
        Assert.True(_link.IsConnected);
        Assert.Null(_link.Poll(4)); // the Hello's receipt
        Assert.Equal(0, _link.Unreceipted.Count);
    }

    [Fact]
    public void A_gesture_the_hub_receipts_is_sent_once_and_the_receipt_is_not_handed_on()
    {
        _link.SendGesture(GestureKind.DoubleTap, 20000, 1500);

        Assert.Null(_link.Poll(4)); // the gesture's receipt, taken in by the link
        Run(seconds: 60);

        Assert.Single(Sent<GestureFrame>());
        Assert.Equal(0, _link.Unreceipted.Count);
        Assert.Equal(2, _link.Unreceipted.ConfirmedCount);
    }

    [Fact]
    public void A_gesture_without_a_receipt_goes_out_again_byte_for_byte_until_the_receipt_comes()
    {
        _hub.SendsReceipts = false; // the worker that took it died before storing it
        uint sequence = _link.SendGesture(GestureKind.DoubleTap, 20000, 1500);
        Run(seconds: 3);

        List<byte[]> copies = [.. _hub.Published.Where(m => Decode(m.Payload) is GestureFrame).Select(m => m.Payload)];
        Assert.Equal(2, copies.Count);
        Assert.Equal(copies[0], copies[1]); // same sequence and time: the hub stores it once

        _hub.Deliver(LinkChannel.Result, FrameCodec.ToArray(new ReceiptFrame { Sequence = 1, ReplyToSequence = sequence }));
        Run(seconds: 60);

        Assert.Equal(2, Sent<GestureFrame>().Count());
        Assert.Equal(0, _link.Unreceipted.Count);
    }

    [Fact]
    public void A_model_ack_is_receipted_and_a_result_after_a_receipt_still_reaches_the_caller()
    {
        _hub.SendsReceipts = false;
        uint sequence = _link.SendModelAck(3, ModelAckStatus.Installed, 4096);
        _hub.Deliver(LinkChannel.Result, FrameCodec.ToArray(new ReceiptFrame { Sequence = 1, ReplyToSequence = sequence }));
        _hub.Deliver(LinkChannel.Result, FrameCodec.ToArray(new ResultFrame { Sequence = 2, ReplyToSequence = 9, DeviceId = "watch-1", Verdict = Verdict.Accepted }));

        Assert.IsType<ResultFrame>(_link.Poll(2));
        Assert.Equal(0, _link.Unreceipted.Count);
    }

    [Fact]
    public void A_receipt_on_another_channel_is_refused_and_counted()
    {
        _hub.SendsReceipts = false;
        uint sequence = _link.SendGesture(GestureKind.Raise, 20000, 1200);
        _hub.Deliver(LinkChannel.Model, FrameCodec.ToArray(new ReceiptFrame { Sequence = 1, ReplyToSequence = sequence }));

        Assert.Null(_link.Poll(1));
        Assert.Equal(1, _link.Rejections.Unexpected);
        Assert.Equal(1, _link.Unreceipted.Count);
    }

    private void Run(int seconds)
    {
        for (int ms = 0; ms < seconds * 1000; ms += 32)
        {
            _clock.Advance(32);
            _link.Service();
            _link.Poll(4);
        }
    }

    private IEnumerable<T> Sent<T>() where T : Frame => _hub.Published.Where(m => m.Channel == LinkChannel.Event).Select(m => Decode(m.Payload)).OfType<T>();

    private static Frame Decode(byte[] bytes)
    {
        Assert.Equal(FrameError.None, FrameCodec.Decode(bytes, 0, bytes.Length, out Frame? frame));
        return frame!;
    }
}
