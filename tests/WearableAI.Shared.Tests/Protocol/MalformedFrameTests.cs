using CsCheck;
using WearableAI.Shared.Common;
using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>
/// Damaged bytes of every kind: the decoder answers with one of its documented reasons,
/// never throws, and never accepts a frame whose damage the CRC or a length check catches.
/// </summary>
public class MalformedFrameTests
{
    public static TheoryData<string> Kinds => SampleFrames.Names();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Truncation_at_every_byte_is_rejected(string kind)
    {
        byte[] bytes = SampleFrames.Bytes(kind);
        for (int count = 0; count < bytes.Length; count++)
        {
            FrameError error = FrameAssert.DecodeResult(bytes, 0, count);
            Assert.Equal(count < FrameCodec.MinFrameSize ? FrameError.TooShort : FrameError.LengthMismatch, error);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_single_bit_flip_is_rejected(string kind)
    {
        byte[] bytes = SampleFrames.Bytes(kind);
        for (int bit = 0; bit < bytes.Length * 8; bit++)
        {
            byte[] flipped = (byte[])bytes.Clone();
            flipped[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.NotEqual(FrameError.None, FrameAssert.DecodeResult(flipped, 0, flipped.Length));
        }
    }

    [Fact]
    public void Random_corruption_of_random_frames_is_rejected()
    {
        Gen<(Frame Frame, int Seed, int Flips)> cases = Gen.Select(FrameGenerators.Any, Gen.Int, Gen.Int[1, 8]);
        cases.Sample(
            (frame, seed, flips) =>
            {
                byte[] bytes = FrameAssert.Encode(frame);
                byte[] corrupt = (byte[])bytes.Clone();
                Random random = new(seed);
                for (int i = 0; i < flips; i++)
                {
                    corrupt[random.Next(corrupt.Length)] ^= (byte)random.Next(1, 256);
                }

                FrameError error = FrameAssert.DecodeResult(corrupt, 0, corrupt.Length);
                Assert.True(error != FrameError.None || corrupt.AsSpan().SequenceEqual(bytes));
            },
            iter: 500);
    }

    [Fact]
    public void Random_garbage_is_rejected_without_throwing()
    {
        Gen.Byte.Array[0, FrameCodec.MaxFrameSize + 100].Sample(
            garbage => Assert.NotEqual(FrameError.None, FrameAssert.DecodeResult(garbage, 0, garbage.Length)),
            iter: 2000);
    }

    [Fact]
    public void Random_bodies_behind_a_valid_header_and_crc_never_crash_and_any_accepted_one_is_canonical()
    {
        // The sender may be buggy but the CRC is right: only the decoder's own checks stand between it and the hub.
        Gen<(byte Kind, byte[] Body)> cases = Gen.Select(Gen.Byte[0, 13], Gen.Byte.Array[0, 300]);
        cases.Sample(
            (kind, body) =>
            {
                byte[] bytes = new byte[FrameCodec.HeaderSize + body.Length + FrameCodec.CrcSize];
                bytes[0] = FrameCodec.Version;
                bytes[1] = kind;
                body.CopyTo(bytes, FrameCodec.HeaderSize);
                bytes = FrameAssert.Reseal(bytes);

                if (FrameAssert.DecodeResult(bytes, 0, bytes.Length) == FrameError.None)
                {
                    Assert.Equal(bytes, FrameAssert.Encode(FrameAssert.Decode(bytes)));
                }
            },
            iter: 5000);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Trailing_bytes_after_the_body_or_after_the_crc_are_rejected(string kind)
    {
        byte[] bytes = SampleFrames.Bytes(kind);
        int bodyEnd = bytes.Length - FrameCodec.CrcSize;
        byte[] longerBody = [.. bytes.AsSpan(0, bodyEnd), 0x00, .. bytes.AsSpan(bodyEnd)];
        byte[] afterCrc = [.. bytes, 0x00];

        Assert.Equal(FrameError.LengthMismatch, FrameAssert.DecodeResult(FrameAssert.Reseal(longerBody), 0, longerBody.Length));
        Assert.Equal(FrameError.LengthMismatch, FrameAssert.DecodeResult(afterCrc, 0, afterCrc.Length));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_body_shorter_than_its_kind_needs_is_rejected_even_with_a_valid_crc(string kind)
    {
        byte[] bytes = SampleFrames.Bytes(kind);
        for (int cut = 1; cut <= bytes.Length - FrameCodec.MinFrameSize; cut++)
        {
            byte[] shorter = [.. bytes.AsSpan(0, bytes.Length - FrameCodec.CrcSize - cut), 0, 0, 0, 0];
            FrameError error = FrameAssert.DecodeResult(FrameAssert.Reseal(shorter), 0, shorter.Length);
            Assert.NotEqual(FrameError.None, error);
        }
    }

    [Theory]
    [InlineData(0xFF, 0xFF, FrameError.TooLarge)]
    [InlineData(0xF4, 0x0F, FrameError.TooLarge)] // 4084 > MaxPayloadLength 4075
    [InlineData(0x00, 0x00, FrameError.LengthMismatch)]
    [InlineData(0x10, 0x00, FrameError.LengthMismatch)]
    [InlineData(0x0E, 0x00, FrameError.LengthMismatch)]
    public void Payload_length_fields_that_disagree_with_the_bytes_are_rejected(byte low, byte high, FrameError expected)
    {
        byte[] bytes = SampleFrames.Bytes(nameof(SampleFrames.Heartbeat)); // payload length 15
        bytes[15] = low;
        bytes[16] = high;
        uint crc = Crc32.Compute(bytes, 0, bytes.Length - 4); // a correct CRC does not help
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 4), crc);

        Assert.Equal(expected, FrameAssert.DecodeResult(bytes, 0, bytes.Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(255)]
    public void Other_protocol_versions_are_rejected(byte version)
    {
        byte[] bytes = SampleFrames.Bytes(nameof(SampleFrames.Status));
        bytes[0] = version;
        Assert.Equal(FrameError.BadVersion, FrameAssert.DecodeResult(FrameAssert.Reseal(bytes), 0, bytes.Length));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_wrong_crc_is_rejected(string kind)
    {
        byte[] bytes = SampleFrames.Bytes(kind);
        bytes[^1] ^= 0x80;
        Assert.Equal(FrameError.BadCrc, FrameAssert.DecodeResult(bytes, 0, bytes.Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(255)]
    public void Kinds_from_a_newer_peer_are_reported_as_unknown(byte kind)
    {
        byte[] bytes = SampleFrames.Bytes(nameof(SampleFrames.Heartbeat));
        bytes[1] = kind;
        Assert.Equal(FrameError.UnknownKind, FrameAssert.DecodeResult(FrameAssert.Reseal(bytes), 0, bytes.Length));
    }

    [Fact]
    public void Bytes_beyond_the_size_limit_are_rejected_before_anything_else()
    {
        byte[] big = new byte[FrameCodec.MaxFrameSize + 1];
        big[0] = FrameCodec.Version;
        Assert.Equal(FrameError.TooLarge, FrameAssert.DecodeResult(big, 0, big.Length));
    }

    [Fact]
    public void Buffer_ranges_outside_the_buffer_are_reported_not_thrown()
    {
        byte[] bytes = SampleFrames.Bytes(nameof(SampleFrames.Gesture));
        Assert.Equal(FrameError.BadBuffer, FrameAssert.DecodeResult(null!, 0, 0));
        Assert.Equal(FrameError.BadBuffer, FrameAssert.DecodeResult(bytes, -1, bytes.Length));
        Assert.Equal(FrameError.BadBuffer, FrameAssert.DecodeResult(bytes, 1, bytes.Length));
        Assert.Equal(FrameError.BadBuffer, FrameAssert.DecodeResult(bytes, 0, -5));
        Assert.Equal(FrameError.BadBuffer, FrameAssert.DecodeResult(bytes, int.MaxValue, 10));
    }

    [Fact]
    public void A_frame_inside_a_larger_buffer_decodes_from_its_offset()
    {
        byte[] bytes = SampleFrames.Bytes(nameof(SampleFrames.Result));
        byte[] buffer = [0xEE, 0xEE, .. bytes, 0xEE];
        Assert.Equal(FrameError.None, FrameAssert.DecodeResult(buffer, 2, bytes.Length));
    }

    [Fact]
    public void Every_reason_has_its_own_short_text_for_logs()
    {
        FrameError[] reasons = Enum.GetValues<FrameError>();
        string[] texts = reasons.Select(FrameCodec.Describe).ToArray();
        Assert.All(texts, text => Assert.InRange(text.Length, 2, 60));
        Assert.Equal(texts.Length, texts.Distinct().Count());
    }
}
