using CsCheck;
using WearableAI.Shared.Protocol;
using WearableAI.Shared.Tests.Protocol;

namespace WearableAI.Shared.Tests.Fuzz;

/// <summary>
/// Fuzzing of <see cref="FrameCodec.Decode"/> for all 11 kinds, bounded in iterations and time so CI stays
/// fast. The only documented outcomes are a decoded frame (which then re-encodes to the same bytes) or a
/// <see cref="FrameError"/> reason; anything else — an exception, an undocumented reason, a frame with an
/// error — fails, and the input belongs in <c>Fuzz/corpus/frames/</c>.
/// </summary>
public sealed class FrameDecoderFuzzTests
{
    private const int TimeLimitSeconds = 2;

    public static TheoryData<string> Kinds => [.. Enum.GetNames<FrameKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Mutated_valid_frames_of_every_kind_decode_or_are_rejected_with_a_reason(string kind)
    {
        Gen<Frame> frames = Of(Enum.Parse<FrameKind>(kind));
        Gen.Select(frames, Gen.Int, Gen.Bool).Sample(
            (frame, seed, reseal) =>
            {
                byte[] mutated = Mutator.Mutate(FrameAssert.Encode(frame), seed);
                // Resealed, the CRC and length are right again, so the body checks are what is exercised.
                FuzzOracle.Frame(reseal && mutated.Length >= FrameCodec.MinFrameSize ? FrameAssert.Reseal(mutated) : mutated);
            },
            iter: 1000,
            time: TimeLimitSeconds);
    }

    [Fact]
    public void Random_headers_and_bodies_of_any_kind_byte_decode_or_are_rejected_with_a_reason()
    {
        // Every kind byte (0..255), any flags, sequence, timestamp and a body of any length behind a valid CRC.
        Gen.Select(Gen.Byte, Gen.Byte.Array[FrameCodec.HeaderSize - 2, FrameCodec.HeaderSize - 2], Gen.Byte.Array[0, 400]).Sample(
            (kind, header, body) =>
            {
                byte[] bytes = [FrameCodec.Version, kind, .. header[2..], .. body, 0, 0, 0, 0];
                bytes[1] = kind;
                FuzzOracle.Frame(FrameAssert.Reseal(bytes));
            },
            iter: 20_000,
            time: TimeLimitSeconds);
    }

    [Fact]
    public void A_frame_inside_a_larger_buffer_is_read_only_within_its_window()
    {
        // The decoder is given an offset and a count; bytes outside the window must not matter.
        Gen.Select(FrameGenerators.Any, Gen.Byte.Array[0, 64], Gen.Byte.Array[0, 64], Gen.Int).Sample(
            (frame, before, after, seed) =>
            {
                byte[] valid = Mutator.Mutate(FrameAssert.Encode(frame), seed, maxSteps: 1);
                byte[] window = [.. before, .. valid, .. after];
                FrameError alone = FuzzOracle.Frame(valid);
                Assert.Equal(alone, FrameAssert.DecodeResult(window, before.Length, valid.Length));
            },
            iter: 2000,
            time: TimeLimitSeconds);
    }

    private static Gen<Frame> Of(FrameKind kind) => kind switch
    {
        FrameKind.Hello => FrameGenerators.Hello.Select(f => (Frame)f),
        FrameKind.Status => FrameGenerators.Status.Select(f => (Frame)f),
        FrameKind.Heartbeat => FrameGenerators.Heartbeat.Select(f => (Frame)f),
        FrameKind.WakeCandidate => FrameGenerators.WakeCandidate.Select(f => (Frame)f),
        FrameKind.CommandFeatures => FrameGenerators.CommandFeatures.Select(f => (Frame)f),
        FrameKind.Gesture => FrameGenerators.Gesture.Select(f => (Frame)f),
        FrameKind.Result => FrameGenerators.Result.Select(f => (Frame)f),
        FrameKind.ModelChunk => FrameGenerators.ModelChunk.Select(f => (Frame)f),
        FrameKind.ModelAck => FrameGenerators.ModelAck.Select(f => (Frame)f),
        FrameKind.DeviceConfig => FrameGenerators.DeviceConfig.Select(f => (Frame)f),
        FrameKind.Error => FrameGenerators.Error.Select(f => (Frame)f),
        FrameKind.Receipt => FrameGenerators.Receipt.Select(f => (Frame)f),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
