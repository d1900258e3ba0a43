using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>
/// Byte-exact layout of the hub's end-to-end receipt for an event (Receipt), written out by hand from docs/protocol.md.
/// </summary>
public class ReceiptBytesTests
{
    private const long Timestamp = 1_764_340_000_123;

    [Fact]
    public void Receipt_frame_has_the_documented_bytes()
    {
        ReceiptFrame frame = new() { Sequence = 0x00010203, TimestampMs = Timestamp, ReplyToSequence = 42 };
        byte[] expected =
        [
            0x01, 0x0C, 0x00,                               // version 1, kind Receipt, flags
            0x03, 0x02, 0x01, 0x00,                         // sequence
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x04, 0x00,                                     // payload length 4
            0x2A, 0x00, 0x00, 0x00,                         // reply-to sequence 42
            0x01, 0x87, 0x1F, 0x70,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void A_receipt_for_sequence_zero_names_no_event_and_is_refused()
    {
        Assert.Equal(FrameError.FieldOutOfRange, SampleFrames.DecodeTampered(SampleFrames.Receipt(), 0, 0, 0, 0, 0));
        Assert.Equal(FrameError.FieldOutOfRange, FrameCodec.Check(new ReceiptFrame()));
    }
}
