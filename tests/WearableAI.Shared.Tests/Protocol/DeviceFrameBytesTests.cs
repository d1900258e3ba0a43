using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>
/// Byte-exact layout of the frames that describe a device (Hello, Status, Heartbeat, Gesture,
/// Error), written out by hand from docs/protocol.md. Every expected array is one frame:
/// 17-byte header, body, CRC-32 (little-endian) over header and body.
/// </summary>
public class DeviceFrameBytesTests
{
    private const uint Sequence = 0x00010203;
    private const long Timestamp = 1_764_340_000_123; // 0x0000019A_CADBE57B, 2025-11-28

    [Fact]
    public void Hello_frame_has_the_documented_bytes()
    {
        HelloFrame frame = new()
        {
            Sequence = Sequence, TimestampMs = Timestamp,
            Capabilities = DeviceCapabilities.Microphone | DeviceCapabilities.Imu | DeviceCapabilities.Led | DeviceCapabilities.Haptic,
            BatteryPercent = 87, ModelVersion = 3, FreeMemoryBytes = 84_000, OpBudgetPerSecond = 500_000,
            BoardName = "esp32-s3", FirmwareVersion = "0.3.1",
        };
        byte[] expected =
        [
            0x01,                                           // version 1
            0x01,                                           // kind Hello
            0x00,                                           // header flags
            0x03, 0x02, 0x01, 0x00,                         // sequence 0x00010203
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x1D, 0x00,                                     // payload length 29
            0x0F,                                           // capabilities: microphone|imu|led|haptic
            0x57,                                           // battery 87 %
            0x03, 0x00, 0x00, 0x00,                         // model version 3
            0x20, 0x48, 0x01, 0x00,                         // free memory 84,000
            0x20, 0xA1, 0x07, 0x00,                         // op budget 500,000 per second
            0x08, 0x65, 0x73, 0x70, 0x33, 0x32, 0x2D, 0x73, 0x33, // board name "esp32-s3"
            0x05, 0x30, 0x2E, 0x33, 0x2E, 0x31,             // firmware "0.3.1"
            0xF6, 0xA0, 0xD1, 0x8C,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Status_frame_has_the_documented_bytes()
    {
        StatusFrame frame = new()
        {
            Sequence = Sequence, TimestampMs = Timestamp,
            Online = true, BatteryPercent = ProtocolLimits.BatteryUnknown, PipelineState = PipelineState.Listening,
            FreeMemoryBytes = 84_000, ModelVersion = 3, DroppedEvents = 2,
        };
        byte[] expected =
        [
            0x01, 0x02, 0x00,                               // version 1, kind Status, flags
            0x03, 0x02, 0x01, 0x00,                         // sequence
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x0F, 0x00,                                     // payload length 15
            0x01,                                           // online
            0xFF,                                           // battery unknown
            0x03,                                           // pipeline state Listening
            0x20, 0x48, 0x01, 0x00,                         // free memory 84,000
            0x03, 0x00, 0x00, 0x00,                         // model version 3
            0x02, 0x00, 0x00, 0x00,                         // dropped events 2
            0xEB, 0xDB, 0x91, 0xFE,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Heartbeat_frame_has_the_documented_bytes()
    {
        HeartbeatFrame frame = new()
        {
            Sequence = Sequence, TimestampMs = Timestamp,
            UptimeSeconds = 3600, BatteryPercent = 50, FreeMemoryBytes = 70_000, OfflineQueueDepth = 4, DroppedEvents = 1,
        };
        byte[] expected =
        [
            0x01, 0x03, 0x00,                               // version 1, kind Heartbeat, flags
            0x03, 0x02, 0x01, 0x00,                         // sequence
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x0F, 0x00,                                     // payload length 15
            0x10, 0x0E, 0x00, 0x00,                         // uptime 3600 s
            0x32,                                           // battery 50 %
            0x70, 0x11, 0x01, 0x00,                         // free memory 70,000
            0x04, 0x00,                                     // offline queue depth 4
            0x01, 0x00, 0x00, 0x00,                         // dropped events 1
            0x1C, 0x25, 0xBB, 0x29,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Gesture_frame_has_the_documented_bytes()
    {
        GestureFrame frame = new()
        {
            Sequence = Sequence, TimestampMs = Timestamp,
            Gesture = GestureKind.DoubleTap, Confidence = 16384, PeakMilliG = 2500,
        };
        byte[] expected =
        [
            0x01, 0x06, 0x00,                               // version 1, kind Gesture, flags
            0x03, 0x02, 0x01, 0x00,                         // sequence
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x05, 0x00,                                     // payload length 5
            0x05,                                           // gesture DoubleTap
            0x00, 0x40,                                     // confidence 16384 (Q15 0.5)
            0xC4, 0x09,                                     // peak 2500 milli-g
            0xD8, 0x5C, 0x75, 0x27,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }

    [Fact]
    public void Error_frame_has_the_documented_bytes()
    {
        ErrorFrame frame = new()
        {
            Sequence = Sequence, TimestampMs = Timestamp,
            Code = ErrorCode.MalformedFrame, RelatedSequence = 0x00010203, Message = "bad CRC",
        };
        byte[] expected =
        [
            0x01, 0x0B, 0x00,                               // version 1, kind Error, flags
            0x03, 0x02, 0x01, 0x00,                         // sequence
            0x7B, 0xE5, 0xDB, 0xCA, 0x9A, 0x01, 0x00, 0x00, // timestamp ms
            0x0E, 0x00,                                     // payload length 14
            0x01, 0x00,                                     // code MalformedFrame
            0x03, 0x02, 0x01, 0x00,                         // related sequence 0x00010203
            0x07, 0x62, 0x61, 0x64, 0x20, 0x43, 0x52, 0x43, // message "bad CRC"
            0xB0, 0x27, 0x32, 0x48,                         // CRC-32
        ];
        FrameAssert.EncodesTo(frame, expected);
    }
}
