using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>One small valid frame of every kind, for tests that tamper with bytes at known body offsets.</summary>
internal static class SampleFrames
{
    public static HelloFrame Hello() => new()
    {
        Sequence = 1, TimestampMs = 1000, Capabilities = DeviceCapabilities.Microphone, BatteryPercent = 80,
        ModelVersion = 1, FreeMemoryBytes = 60_000, OpBudgetPerSecond = 500_000, BoardName = "sim", FirmwareVersion = "1.0",
    };

    public static StatusFrame Status() => new() { Sequence = 2, Online = true, BatteryPercent = 80, PipelineState = PipelineState.Idle };

    public static HeartbeatFrame Heartbeat() => new() { Sequence = 3, UptimeSeconds = 60, BatteryPercent = 80 };

    public static WakeCandidateFrame WakeCandidate() => new()
    {
        Sequence = 4, Score = 30000, VoiceEnergy = 40, AmbientEnergy = 10, PreRollFrames = 1,
        BandCount = 3, FrameCount = 2, Features = [1, 2, 3, 4, 5, 6],
    };

    public static CommandFeaturesFrame CommandFeatures() => new() { Sequence = 5, ReplyToSequence = 4, BandCount = 2, FrameCount = 1, Features = [7, 8] };

    public static GestureFrame Gesture() => new() { Sequence = 6, Gesture = GestureKind.Shake, Confidence = 20000, PeakMilliG = 1800 };

    public static ResultFrame Result() => new()
    {
        Sequence = 7, ReplyToSequence = 4, DeviceId = "watch-1", Verdict = Verdict.Accepted, Label = "go",
        Confidence = 30000, Arbitration = ArbitrationOutcome.Solo, ActionCode = 1,
    };

    public static ModelChunkFrame ModelChunk() => new()
    {
        Sequence = 8, ModelVersion = 2, TotalSize = 8, Offset = 4, BlobCrc = 0x12345678,
        Data = [1, 2, 3, 4, 5, 6, 7, 8], DataOffset = 4, DataLength = 4,
    };

    public static ModelAckFrame ModelAck() => new() { Sequence = 9, ModelVersion = 2, Status = ModelAckStatus.ChunkOk, NextOffset = 8 };

    public static DeviceConfigFrame DeviceConfig() => new()
    {
        Sequence = 10, WakeThreshold = 26000, RefractoryMs = 1000, HeartbeatIntervalSeconds = 30, GroupId = "home",
    };

    public static ErrorFrame Error() => new() { Sequence = 11, Code = ErrorCode.SensorFailure, Message = "mic" };

    public static ReceiptFrame Receipt() => new() { Sequence = 12, ReplyToSequence = 6 };

    /// <summary>One of each kind, as theory data.</summary>
    public static TheoryData<string> Names() =>
    [
        nameof(Hello), nameof(Status), nameof(Heartbeat), nameof(WakeCandidate), nameof(CommandFeatures),
        nameof(Gesture), nameof(Result), nameof(ModelChunk), nameof(ModelAck), nameof(DeviceConfig), nameof(Error), nameof(Receipt),
    ];

    /// <summary>The frame called <paramref name="name"/>, encoded.</summary>
    public static byte[] Bytes(string name)
    {
        Frame frame = name switch
        {
            nameof(Hello) => Hello(),
            nameof(Status) => Status(),
            nameof(Heartbeat) => Heartbeat(),
            nameof(WakeCandidate) => WakeCandidate(),
            nameof(CommandFeatures) => CommandFeatures(),
            nameof(Gesture) => Gesture(),
            nameof(Result) => Result(),
            nameof(ModelChunk) => ModelChunk(),
            nameof(ModelAck) => ModelAck(),
            nameof(DeviceConfig) => DeviceConfig(),
            nameof(Error) => Error(),
            nameof(Receipt) => Receipt(),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return FrameAssert.Encode(frame);
    }

    /// <summary>Encodes <paramref name="frame"/>, overwrites body bytes from <paramref name="bodyOffset"/>, reseals length and CRC, and decodes.</summary>
    public static FrameError DecodeTampered(Frame frame, int bodyOffset, params byte[] values)
    {
        byte[] bytes = FrameAssert.Encode(frame);
        values.CopyTo(bytes, FrameCodec.HeaderSize + bodyOffset);
        bytes = FrameAssert.Reseal(bytes);
        return FrameAssert.DecodeResult(bytes, 0, bytes.Length);
    }
}
