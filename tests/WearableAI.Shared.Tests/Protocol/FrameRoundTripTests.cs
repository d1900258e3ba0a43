using CsCheck;
using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>Property tests: any valid frame of every kind survives encode → decode unchanged.</summary>
public class FrameRoundTripTests
{
    [Fact]
    public void Hello_frames_round_trip() => RoundTrips(FrameGenerators.Hello);

    [Fact]
    public void Status_frames_round_trip() => RoundTrips(FrameGenerators.Status);

    [Fact]
    public void Heartbeat_frames_round_trip() => RoundTrips(FrameGenerators.Heartbeat);

    [Fact]
    public void Wake_candidate_frames_round_trip() => RoundTrips(FrameGenerators.WakeCandidate);

    [Fact]
    public void Command_features_frames_round_trip() => RoundTrips(FrameGenerators.CommandFeatures);

    [Fact]
    public void Gesture_frames_round_trip() => RoundTrips(FrameGenerators.Gesture);

    [Fact]
    public void Result_frames_round_trip() => RoundTrips(FrameGenerators.Result);

    [Fact]
    public void Model_chunk_frames_round_trip() => RoundTrips(FrameGenerators.ModelChunk);

    [Fact]
    public void Model_ack_frames_round_trip() => RoundTrips(FrameGenerators.ModelAck);

    [Fact]
    public void Device_config_frames_round_trip() => RoundTrips(FrameGenerators.DeviceConfig);

    [Fact]
    public void Error_frames_round_trip() => RoundTrips(FrameGenerators.Error);

    [Fact]
    public void Receipt_frames_round_trip() => RoundTrips(FrameGenerators.Receipt);

    [Fact]
    public void Every_valid_frame_fits_in_MaxFrameSize()
    {
        FrameGenerators.Any.Sample(frame => FrameCodec.GetEncodedLength(frame) <= FrameCodec.MaxFrameSize);
    }

    [Fact]
    public void Reserved_option_bits_of_a_device_config_survive_a_round_trip()
    {
        // A newer hub may set option bits this version does not know; re-encoding keeps them.
        byte[] bytes = FrameAssert.Encode(new DeviceConfigFrame { Sequence = 1, HeartbeatIntervalSeconds = 60 });
        bytes[FrameCodec.HeaderSize + 4] = 0x81;
        bytes = FrameAssert.Reseal(bytes);

        DeviceConfigFrame decoded = (DeviceConfigFrame)FrameAssert.Decode(bytes);

        Assert.True(decoded.RaiseToSpeak);
        Assert.Equal(bytes, FrameAssert.Encode(decoded));
    }

    private static void RoundTrips<T>(Gen<T> frames)
        where T : Frame
    {
        frames.Sample(
            frame =>
            {
                byte[] bytes = FrameAssert.Encode(frame);
                Frame decoded = FrameAssert.Decode(bytes);
                FrameAssert.Equal(frame, decoded);
                Assert.Equal(bytes, FrameAssert.Encode(decoded));
            },
            iter: 300);
    }
}
