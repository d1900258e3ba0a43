using CsCheck;
using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>CsCheck generators of valid frames of every kind (every field anywhere in its documented range).</summary>
internal static class FrameGenerators
{
    public static readonly Gen<string> Id =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_-"].Array[1, ProtocolLimits.MaxIdLength].Select(c => new string(c));

    public static readonly Gen<string> IdOrEmpty = Gen.Frequency((1, Gen.Const(string.Empty)), (3, Id));

    public static readonly Gen<byte> Battery = Gen.Frequency((10, Gen.Byte[0, 100]), (1, Gen.Const(ProtocolLimits.BatteryUnknown)));

    public static readonly Gen<short> Q15 = Gen.Short[0, ProtocolLimits.Q15One];

    public static Gen<string> Text(int min, int max) => Gen.Char[' ', '~'].Array[min, max].Select(c => new string(c));

    /// <summary>Random header fields applied to a frame.</summary>
    private static Gen<T> WithHeader<T>(this Gen<T> body)
        where T : Frame =>
        from frame in body
        from sequence in Gen.UInt
        from timestamp in Gen.Long[0, long.MaxValue]
        from flags in Gen.Byte
        select Set(frame, sequence, timestamp, flags);

    private static T Set<T>(T frame, uint sequence, long timestamp, byte flags)
        where T : Frame
    {
        frame.Sequence = sequence;
        frame.TimestampMs = timestamp;
        frame.Flags = flags;
        return frame;
    }

    private static readonly Gen<(int Bands, int Frames)> Shape =
        from bands in Gen.Int[ProtocolLimits.MinBands, ProtocolLimits.MaxBands]
        from frames in Gen.Int[ProtocolLimits.MinFeatureFrames, Math.Min(ProtocolLimits.MaxFeatureFrames, ProtocolLimits.MaxFeatures / bands)]
        select (bands, frames);

    public static readonly Gen<HelloFrame> Hello = (
        from board in Text(1, ProtocolLimits.MaxNameLength)
        from firmware in Text(1, ProtocolLimits.MaxNameLength)
        from model in Gen.UInt
        from capabilities in Gen.Byte
        from memory in Gen.UInt
        from budget in Gen.UInt
        from battery in Battery
        select new HelloFrame
        {
            BoardName = board, FirmwareVersion = firmware, ModelVersion = model,
            Capabilities = (DeviceCapabilities)capabilities, FreeMemoryBytes = memory,
            OpBudgetPerSecond = budget, BatteryPercent = battery,
        }).WithHeader();

    public static readonly Gen<StatusFrame> Status = (
        from online in Gen.Bool
        from battery in Battery
        from state in Gen.Enum<PipelineState>()
        from memory in Gen.UInt
        from model in Gen.UInt
        from dropped in Gen.UInt
        select new StatusFrame
        {
            Online = online, BatteryPercent = battery, PipelineState = state,
            FreeMemoryBytes = memory, ModelVersion = model, DroppedEvents = dropped,
        }).WithHeader();

    public static readonly Gen<HeartbeatFrame> Heartbeat = (
        from uptime in Gen.UInt
        from battery in Battery
        from memory in Gen.UInt
        from queue in Gen.UShort
        from dropped in Gen.UInt
        select new HeartbeatFrame
        {
            UptimeSeconds = uptime, BatteryPercent = battery, FreeMemoryBytes = memory,
            OfflineQueueDepth = queue, DroppedEvents = dropped,
        }).WithHeader();

    public static readonly Gen<WakeCandidateFrame> WakeCandidate = (
        from shape in Shape
        from features in Gen.SByte.Array[shape.Bands * shape.Frames]
        from preRoll in Gen.Int[0, shape.Frames]
        from score in Q15
        from voice in Gen.Short
        from ambient in Gen.Short
        select new WakeCandidateFrame
        {
            Score = score, VoiceEnergy = voice, AmbientEnergy = ambient, PreRollFrames = preRoll,
            BandCount = shape.Bands, FrameCount = shape.Frames, Features = features,
        }).WithHeader();

    public static readonly Gen<CommandFeaturesFrame> CommandFeatures = (
        from shape in Shape
        from features in Gen.SByte.Array[shape.Bands * shape.Frames]
        from replyTo in Gen.UInt
        select new CommandFeaturesFrame
        {
            ReplyToSequence = replyTo, BandCount = shape.Bands, FrameCount = shape.Frames, Features = features,
        }).WithHeader();

    public static readonly Gen<GestureFrame> Gesture = (
        from gesture in Gen.Enum<GestureKind>()
        from confidence in Q15
        from peak in Gen.UShort
        select new GestureFrame { Gesture = gesture, Confidence = confidence, PeakMilliG = peak }).WithHeader();

    public static readonly Gen<ResultFrame> Result = (
        from replyTo in Gen.UInt
        from device in Id
        from verdict in Gen.Enum<Verdict>()
        from label in Text(0, ProtocolLimits.MaxLabelLength)
        from confidence in Q15
        from arbitration in Gen.Enum<ArbitrationOutcome>()
        from winner in IdOrEmpty
        from action in Gen.UShort
        select new ResultFrame
        {
            ReplyToSequence = replyTo, DeviceId = device, Verdict = verdict, Label = label,
            Confidence = confidence, Arbitration = arbitration, WinnerDeviceId = winner, ActionCode = action,
        }).WithHeader();

    public static readonly Gen<ModelChunkFrame> ModelChunk = (
        from data in Gen.Byte.Array[1, 3000]
        from length in Gen.Int[1, Math.Min(data.Length, ProtocolLimits.MaxChunkLength)]
        from dataOffset in Gen.Int[0, data.Length - length]
        from blobOffset in Gen.UInt[0, uint.MaxValue - (uint)length]
        from spare in Gen.UInt[0, uint.MaxValue - blobOffset - (uint)length]
        from version in Gen.UInt
        from crc in Gen.UInt
        select new ModelChunkFrame
        {
            ModelVersion = version, TotalSize = blobOffset + (uint)length + spare, Offset = blobOffset, BlobCrc = crc,
            Data = data, DataOffset = dataOffset, DataLength = length,
        }).WithHeader();

    public static readonly Gen<ModelAckFrame> ModelAck = (
        from version in Gen.UInt
        from status in Gen.Enum<ModelAckStatus>()
        from next in Gen.UInt
        select new ModelAckFrame { ModelVersion = version, Status = status, NextOffset = next }).WithHeader();

    public static readonly Gen<DeviceConfigFrame> DeviceConfig = (
        from threshold in Q15
        from refractory in Gen.UShort
        from raise in Gen.Bool
        from heartbeat in Gen.UShort[1, ushort.MaxValue]
        from model in Gen.UInt
        from groupId in IdOrEmpty
        select new DeviceConfigFrame
        {
            WakeThreshold = threshold, RefractoryMs = refractory, RaiseToSpeak = raise,
            HeartbeatIntervalSeconds = heartbeat, ExpectedModelVersion = model, GroupId = groupId,
        }).WithHeader();

    public static readonly Gen<ErrorFrame> Error = (
        from code in Gen.UShort
        from related in Gen.UInt
        from message in Text(0, ProtocolLimits.MaxErrorMessageLength)
        select new ErrorFrame { Code = (ErrorCode)code, RelatedSequence = related, Message = message }).WithHeader();

    public static readonly Gen<ReceiptFrame> Receipt = Gen.UInt[1, uint.MaxValue].Select(sequence => new ReceiptFrame { ReplyToSequence = sequence }).WithHeader();

    /// <summary>A valid frame of any kind.</summary>
    public static readonly Gen<Frame> Any = Gen.OneOf<Frame>(
        Hello.Select(f => (Frame)f), Status.Select(f => (Frame)f), Heartbeat.Select(f => (Frame)f),
        WakeCandidate.Select(f => (Frame)f), CommandFeatures.Select(f => (Frame)f), Gesture.Select(f => (Frame)f),
        Result.Select(f => (Frame)f), ModelChunk.Select(f => (Frame)f), ModelAck.Select(f => (Frame)f),
        DeviceConfig.Select(f => (Frame)f), Error.Select(f => (Frame)f), Receipt.Select(f => (Frame)f));
}
