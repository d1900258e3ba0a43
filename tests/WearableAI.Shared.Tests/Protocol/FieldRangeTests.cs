using WearableAI.Shared.Protocol;
using static WearableAI.Shared.Tests.Protocol.SampleFrames;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>
/// Fields outside their documented ranges, behind a valid length and CRC (a buggy sender),
/// are rejected with FieldOutOfRange / BadString / LengthMismatch; the encoder refuses them too.
/// Body offsets are those of docs/protocol.md.
/// </summary>
public class FieldRangeTests
{
    [Theory]
    [InlineData(7, 65, 1, FrameError.FieldOutOfRange)]  // 65 bands
    [InlineData(7, 0, 2, FrameError.FieldOutOfRange)]   // 0 bands
    [InlineData(7, 3, 0, FrameError.FieldOutOfRange)]   // 0 frames
    [InlineData(7, 1, 97, FrameError.FieldOutOfRange)]  // 97 frames
    [InlineData(7, 64, 64, FrameError.FieldOutOfRange)] // 4096 features > 3072
    [InlineData(7, 32, 96, FrameError.LengthMismatch)]  // allowed shape, but only 6 bytes of features present
    [InlineData(6, 3, 3, FrameError.FieldOutOfRange)]   // pre-roll 3 > frames 2
    public void Wake_candidate_counts_are_checked_before_features_are_read(int offset, byte first, byte second, FrameError expected)
    {
        Assert.Equal(expected, DecodeTampered(WakeCandidate(), offset, first, second));
    }

    [Fact]
    public void Wake_candidate_scores_are_never_negative()
    {
        Assert.Equal(FrameError.FieldOutOfRange, DecodeTampered(WakeCandidate(), 0, 0x00, 0x80));
    }

    [Theory]
    [InlineData(4, 65, 1, FrameError.FieldOutOfRange)]
    [InlineData(4, 2, 97, FrameError.FieldOutOfRange)]
    [InlineData(4, 2, 2, FrameError.LengthMismatch)]
    public void Command_feature_counts_are_checked(int offset, byte bands, byte frames, FrameError expected)
    {
        Assert.Equal(expected, DecodeTampered(CommandFeatures(), offset, bands, frames));
    }

    [Theory]
    [InlineData(14, 0xE4)] // 'ä' in Latin-1: not ASCII
    [InlineData(14, 0x0A)] // newline: not printable
    [InlineData(14, 0x7F)] // DEL
    public void Strings_with_bytes_outside_printable_ascii_are_rejected(int offset, byte value)
    {
        // Hello body: 14 fixed bytes, then the board name "sim" (length byte at 14, characters at 15..17).
        Assert.Equal(FrameError.BadString, DecodeTampered(Hello(), offset + 1, value));
    }

    [Fact]
    public void Strings_longer_than_their_limit_are_rejected_before_allocation()
    {
        Assert.Equal(FrameError.BadString, DecodeTampered(Hello(), 14, 33));
        Assert.Equal(FrameError.BadString, DecodeTampered(Error(), 6, 65));
    }

    [Fact]
    public void String_lengths_beyond_the_payload_are_a_length_mismatch()
    {
        Assert.Equal(FrameError.LengthMismatch, DecodeTampered(Error(), 6, 64));
    }

    [Fact]
    public void Ids_in_frames_follow_the_topic_id_rules()
    {
        Assert.Equal(FrameError.BadString, DecodeTampered(Result(), 11, (byte)'W'));      // device id "Watch-1"
        Assert.Equal(FrameError.BadString, DecodeTampered(Result(), 10, 0));              // empty device id
        Assert.Equal(FrameError.BadString, DecodeTampered(DeviceConfig(), 12, (byte)'/')); // group id "/ome"
    }

    [Theory]
    [InlineData(nameof(Status), 0, 2)]       // online must be 0 or 1
    [InlineData(nameof(Status), 1, 101)]     // battery
    [InlineData(nameof(Status), 2, 0)]       // pipeline state
    [InlineData(nameof(Status), 2, 7)]
    [InlineData(nameof(Hello), 1, 200)]      // battery
    [InlineData(nameof(Heartbeat), 4, 101)]  // battery
    [InlineData(nameof(Gesture), 0, 0)]      // gesture kind
    [InlineData(nameof(Gesture), 0, 7)]
    [InlineData(nameof(Gesture), 2, 0xFF)]   // confidence high byte → negative Q15
    [InlineData(nameof(Result), 4, 0)]       // verdict
    [InlineData(nameof(Result), 4, 5)]
    [InlineData(nameof(Result), 5, 4)]       // arbitration
    [InlineData(nameof(Result), 7, 0x80)]    // confidence negative
    [InlineData(nameof(ModelAck), 4, 0)]     // status
    [InlineData(nameof(ModelAck), 4, 9)]
    [InlineData(nameof(DeviceConfig), 1, 0x80)] // threshold negative
    public void Enum_values_and_numbers_outside_their_range_are_rejected(string kind, int offset, byte value)
    {
        Frame frame = kind switch
        {
            nameof(Status) => Status(),
            nameof(Hello) => Hello(),
            nameof(Heartbeat) => Heartbeat(),
            nameof(Gesture) => Gesture(),
            nameof(Result) => Result(),
            nameof(ModelAck) => ModelAck(),
            _ => DeviceConfig(),
        };
        Assert.Equal(FrameError.FieldOutOfRange, DecodeTampered(frame, offset, value));
    }

    [Fact]
    public void A_zero_heartbeat_interval_is_rejected()
    {
        Assert.Equal(FrameError.FieldOutOfRange, DecodeTampered(DeviceConfig(), 5, 0, 0));
    }

    [Theory]
    [InlineData(0x00, 0x00, FrameError.FieldOutOfRange)] // empty chunk
    [InlineData(0x01, 0x08, FrameError.FieldOutOfRange)] // 2049 bytes
    [InlineData(0x00, 0x08, FrameError.LengthMismatch)]  // 2048 allowed, but 4 present
    public void Model_chunk_lengths_are_checked(byte low, byte high, FrameError expected)
    {
        Assert.Equal(expected, DecodeTampered(ModelChunk(), 16, low, high));
    }

    [Fact]
    public void Model_chunks_that_end_beyond_the_blob_are_rejected()
    {
        Assert.Equal(FrameError.FieldOutOfRange, DecodeTampered(ModelChunk(), 8, 5)); // offset 5 + 4 > total 8
        Assert.Equal(FrameError.FieldOutOfRange, DecodeTampered(ModelChunk(), 8, 0xFF, 0xFF, 0xFF, 0xFF)); // no uint overflow
    }

    [Fact]
    public void Negative_timestamps_are_rejected()
    {
        byte[] bytes = FrameAssert.Encode(Heartbeat());
        bytes[14] = 0x80;
        Assert.Equal(FrameError.FieldOutOfRange, FrameAssert.DecodeResult(FrameAssert.Reseal(bytes), 0, bytes.Length));
    }

    [Fact]
    public void Unknown_capability_bits_and_error_codes_are_kept_not_rejected()
    {
        Assert.Equal(FrameError.None, DecodeTampered(Hello(), 0, 0xC0));
        Assert.Equal(FrameError.None, DecodeTampered(Error(), 0, 0x34, 0x12));
    }

    [Fact]
    public void The_encoder_refuses_what_the_decoder_would_reject()
    {
        Frame[] invalid =
        [
            new HelloFrame { BoardName = "wätch", FirmwareVersion = "1" },
            new HelloFrame { BoardName = "", FirmwareVersion = "1" },
            new HelloFrame { BoardName = new string('x', 33), FirmwareVersion = "1" },
            new StatusFrame { BatteryPercent = 101 },
            new WakeCandidateFrame { BandCount = 64, FrameCount = 64, Features = new sbyte[4096] },
            new WakeCandidateFrame { BandCount = 3, FrameCount = 2, Features = new sbyte[5] },
            new WakeCandidateFrame { Score = -1, BandCount = 1, FrameCount = 1, Features = new sbyte[1] },
            new CommandFeaturesFrame { BandCount = 0, FrameCount = 1, Features = new sbyte[1] },
            new GestureFrame { Gesture = (GestureKind)9 },
            new ResultFrame { DeviceId = "Watch" },
            new ResultFrame { DeviceId = "w", Label = new string('a', 33) },
            new ModelChunkFrame { TotalSize = 10, Data = new byte[4], DataLength = 5 },
            new ModelChunkFrame { TotalSize = 10, Data = new byte[4096], DataLength = 2049 },
            new ModelAckFrame { Status = 0 },
            new DeviceConfigFrame { HeartbeatIntervalSeconds = 0 },
            new ErrorFrame { Message = new string('e', 65) },
            new HeartbeatFrame { TimestampMs = -1 },
        ];
        foreach (Frame frame in invalid)
        {
            Assert.NotEqual(FrameError.None, FrameCodec.Check(frame));
            Assert.Throws<ArgumentException>(() => FrameCodec.Encode(frame, new byte[FrameCodec.MaxFrameSize], 0));
        }
    }

    [Fact]
    public void Encoding_into_a_buffer_that_is_too_small_throws_and_writes_nothing()
    {
        byte[] buffer = new byte[20];
        Assert.Throws<ArgumentException>(() => FrameCodec.Encode(Heartbeat(), buffer, 0));
        Assert.Throws<ArgumentException>(() => FrameCodec.Encode(Heartbeat(), new byte[100], 90));
        Assert.All(buffer, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Decoding_allocates_in_proportion_to_the_bytes_present_not_to_what_counts_claim()
    {
        // Bands and frames claim 96 × 32 features, but only 6 bytes follow.
        byte[] lying = FrameAssert.Encode(WakeCandidate());
        lying[FrameCodec.HeaderSize + 7] = 32;
        lying[FrameCodec.HeaderSize + 8] = 96;
        lying = FrameAssert.Reseal(lying);
        byte[] largest = FrameAssert.Encode(new WakeCandidateFrame { BandCount = 32, FrameCount = 96, Features = new sbyte[3072] });
        FrameCodec.Decode(lying, 0, lying.Length, out _);
        FrameCodec.Decode(largest, 0, largest.Length, out _);

        long before = GC.GetAllocatedBytesForCurrentThread();
        FrameCodec.Decode(lying, 0, lying.Length, out _);
        long forLying = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        FrameCodec.Decode(largest, 0, largest.Length, out _);
        long forLargest = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(forLying, 0, 512);
        Assert.InRange(forLargest, largest.Length, largest.Length + 512);
    }
}
