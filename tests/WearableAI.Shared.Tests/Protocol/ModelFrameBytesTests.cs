using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>
/// Byte-exact layout of the model rollout and configuration frames (ModelChunk, ModelAck,
/// DeviceConfig), written out by hand from docs/protocol.md.
/// </summary>
public class ModelFrameBytesTests
{
    private const long Timestamp = 1_764_340_000_123;

    [Fact]
    public void Model_chunk_frame_has_the_documented_bytes()
    {
        byte[] blob = [0, 1, 2, 3, 4, 5, 0xDE, 0xAD, 0xBE, 0xEF];
        ModelChunkFrame frame = new()
        {
            Sequence = 0x00000011, TimestampMs = Timestamp,
            ModelVersion = 4, TotalSize = 10, Offset = 6, BlobCrc = 0xCBF43926,
            Data = blob, DataOffset = 6, DataLength = 4,
        };
        byte[] expected =
        [
            0x01, 0x08, 0x00,                               // version 1, kind ModelChunk, flags
            0x11, 0x00, 0x00, 0x00,                         // sequence 17
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x16, 0x00,                                     // payload length 22
            0x04, 0x00, 0x00, 0x00,                         // model version 4
            0x0A, 0x00, 0x00, 0x00,                         // total size 10
            0x06, 0x00, 0x00, 0x00,                         // offset 6
            0x26, 0x39, 0xF4, 0xCB,                         // blob CRC-32 0xCBF43926
            0x04, 0x00,                                     // chunk length 4
            0xDE, 0xAD, 0xBE, 0xEF,                         // blob bytes 6..9
            0x5B, 0x3C, 0xF1, 0xEB,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Decoded_model_chunk_points_into_the_received_buffer_without_copying()
    {
        byte[] blob = new byte[100];
        blob[40] = 0xAB;
        ModelChunkFrame chunk = new() { Sequence = 1, TotalSize = 100, Offset = 40, Data = blob, DataOffset = 40, DataLength = 20 };
        byte[] received = new byte[FrameCodec.MaxFrameSize];
        int length = FrameCodec.Encode(chunk, received, 7);

        FrameError error = FrameCodec.Decode(received, 7, length, out Frame? frame);

        ModelChunkFrame decoded = Assert.IsType<ModelChunkFrame>(frame);
        Assert.Equal(FrameError.None, error);
        Assert.Same(received, decoded.Data);
        Assert.Equal(7 + FrameCodec.HeaderSize + 18, decoded.DataOffset);
        Assert.Equal(0xAB, decoded.Data[decoded.DataOffset]);
    }

    [Fact]
    public void Model_ack_frame_has_the_documented_bytes()
    {
        ModelAckFrame frame = new()
        {
            Sequence = 0x00010203, TimestampMs = Timestamp,
            ModelVersion = 4, Status = ModelAckStatus.Installed, NextOffset = 10,
        };
        byte[] expected =
        [
            0x01, 0x09, 0x00,                               // version 1, kind ModelAck, flags
            0x03, 0x02, 0x01, 0x00,                         // sequence
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x09, 0x00,                                     // payload length 9
            0x04, 0x00, 0x00, 0x00,                         // model version 4
            0x02,                                           // status Installed
            0x0A, 0x00, 0x00, 0x00,                         // next expected offset 10 (= total size)
            0x53, 0xB0, 0x65, 0x79,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Device_config_frame_has_the_documented_bytes()
    {
        DeviceConfigFrame frame = new()
        {
            Sequence = 0x00000005, TimestampMs = Timestamp,
            WakeThreshold = 26214, RefractoryMs = 1500, RaiseToSpeak = true, HeartbeatIntervalSeconds = 60,
            ExpectedModelVersion = 4, GroupId = "home",
        };
        byte[] expected =
        [
            0x01, 0x0A, 0x00,                               // version 1, kind DeviceConfig, flags
            0x05, 0x00, 0x00, 0x00,                         // sequence 5
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x10, 0x00,                                     // payload length 16
            0x66, 0x66,                                     // wake threshold 26214 (Q15 0.8)
            0xDC, 0x05,                                     // refractory 1500 ms
            0x01,                                           // options: raise-to-speak
            0x3C, 0x00,                                     // heartbeat every 60 s
            0x04, 0x00, 0x00, 0x00,                         // expected model version 4
            0x04, 0x68, 0x6F, 0x6D, 0x65,                   // group id "home"
            0x3E, 0x29, 0x01, 0x81,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }
}
