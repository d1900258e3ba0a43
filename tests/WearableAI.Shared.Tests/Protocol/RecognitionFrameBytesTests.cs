using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>
/// Byte-exact layout of the recognition frames (WakeCandidate, CommandFeatures, Result),
/// written out by hand from docs/protocol.md.
/// </summary>
public class RecognitionFrameBytesTests
{
    private const long Timestamp = 1_764_340_000_123;

    [Fact]
    public void Wake_candidate_frame_has_the_documented_bytes()
    {
        WakeCandidateFrame frame = new()
        {
            Sequence = 0x00010203, TimestampMs = Timestamp,
            Score = 24576, VoiceEnergy = -12, AmbientEnergy = -80, PreRollFrames = 1,
            BandCount = 3, FrameCount = 2, Features = [-128, -1, 0, 1, 127, 5],
        };
        byte[] expected =
        [
            0x01, 0x04, 0x00,                               // version 1, kind WakeCandidate, flags
            0x03, 0x02, 0x01, 0x00,                         // sequence 0x00010203
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x0F, 0x00,                                     // payload length 15
            0x00, 0x60,                                     // score 24576 (Q15 0.75)
            0xF4, 0xFF,                                     // voice energy -12
            0xB0, 0xFF,                                     // ambient energy -80
            0x01,                                           // pre-roll frames 1
            0x03,                                           // bands 3
            0x02,                                           // frames 2
            0x80, 0xFF, 0x00,                               // frame 0: -128, -1, 0
            0x01, 0x7F, 0x05,                               // frame 1: 1, 127, 5
            0xFC, 0x3F, 0x19, 0x81,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Wake_candidate_sends_only_the_used_part_of_a_reused_feature_buffer()
    {
        sbyte[] reused = new sbyte[ProtocolLimits.MaxFeatures];
        reused[0] = 9;
        reused[1] = -9;
        reused[2] = 42; // beyond 1 × 2 features: must not be sent
        WakeCandidateFrame frame = new() { Sequence = 1, Score = 1, BandCount = 2, FrameCount = 1, Features = reused };

        WakeCandidateFrame decoded = (WakeCandidateFrame)FrameAssert.Decode(FrameAssert.Encode(frame));

        Assert.Equal(new sbyte[] { 9, -9 }, decoded.Features);
    }

    [Fact]
    public void Command_features_frame_has_the_documented_bytes()
    {
        CommandFeaturesFrame frame = new()
        {
            Sequence = 0x00010204, TimestampMs = Timestamp,
            ReplyToSequence = 0x00010203, BandCount = 2, FrameCount = 2, Features = [10, -10, 20, -20],
        };
        byte[] expected =
        [
            0x01, 0x05, 0x00,                               // version 1, kind CommandFeatures, flags
            0x04, 0x02, 0x01, 0x00,                         // sequence 0x00010204
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x0A, 0x00,                                     // payload length 10
            0x03, 0x02, 0x01, 0x00,                         // reply to the wake candidate 0x00010203
            0x02,                                           // bands 2
            0x02,                                           // frames 2
            0x0A, 0xF6,                                     // frame 0: 10, -10
            0x14, 0xEC,                                     // frame 1: 20, -20
            0x36, 0x3A, 0x34, 0x70,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Result_frame_has_the_documented_bytes()
    {
        ResultFrame frame = new()
        {
            Sequence = 0x00000009, TimestampMs = Timestamp,
            ReplyToSequence = 0x00010203, DeviceId = "watch-1", Verdict = Verdict.Accepted, Label = "stop",
            Confidence = 31000, Arbitration = ArbitrationOutcome.Won, WinnerDeviceId = "watch-1", ActionCode = 3,
        };
        byte[] expected =
        [
            0x01, 0x07, 0x00,                               // version 1, kind Result, flags
            0x09, 0x00, 0x00, 0x00,                         // sequence 9 (the hub's own counter)
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x1F, 0x00,                                     // payload length 31
            0x03, 0x02, 0x01, 0x00,                         // reply to sequence 0x00010203
            0x01,                                           // verdict Accepted
            0x02,                                           // arbitration Won
            0x18, 0x79,                                     // confidence 31000 (Q15 0.946)
            0x03, 0x00,                                     // action code 3
            0x07, 0x77, 0x61, 0x74, 0x63, 0x68, 0x2D, 0x31, // device id "watch-1"
            0x04, 0x73, 0x74, 0x6F, 0x70,                   // label "stop"
            0x07, 0x77, 0x61, 0x74, 0x63, 0x68, 0x2D, 0x31, // winner "watch-1"
            0x2B, 0xD7, 0x23, 0xDE,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Largest_wake_candidate_fits_the_4_KB_budget()
    {
        WakeCandidateFrame frame = new()
        {
            Sequence = 1, Score = ProtocolLimits.Q15One, BandCount = 32, FrameCount = 96,
            Features = new sbyte[ProtocolLimits.MaxFeatures],
        };
        WakeCandidateFrame typical = new()
        {
            Sequence = 1, Score = ProtocolLimits.Q15One, PreRollFrames = 16, BandCount = 32, FrameCount = 48,
            Features = new sbyte[48 * 32],
        };

        Assert.Equal(3102, FrameCodec.GetEncodedLength(frame));
        Assert.Equal(1566, FrameCodec.GetEncodedLength(typical));
        Assert.True(FrameCodec.GetEncodedLength(frame) <= 4096);
    }
}
