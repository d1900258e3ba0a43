using System.Reflection;
using WearableAI.Shared.Common;
using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

/// <summary>Helpers shared by the protocol tests: encode/decode, field-by-field equality, resealing tampered bytes.</summary>
internal static class FrameAssert
{
    /// <summary>Encodes at a non-zero offset of a buffer larger than needed and returns exactly the frame's bytes.</summary>
    public static byte[] Encode(Frame frame)
    {
        byte[] buffer = new byte[FrameCodec.MaxFrameSize + 8];
        int length = FrameCodec.Encode(frame, buffer, 5);
        Assert.Equal(FrameCodec.GetEncodedLength(frame), length);
        return buffer.AsSpan(5, length).ToArray();
    }

    /// <summary>Decodes bytes that must be valid.</summary>
    public static Frame Decode(byte[] bytes)
    {
        FrameError error = FrameCodec.Decode(bytes, 0, bytes.Length, out Frame? frame);
        Assert.Equal(FrameError.None, error);
        Assert.NotNull(frame);
        return frame!;
    }

    /// <summary>The frame encodes to exactly <paramref name="expected"/> and those bytes decode to an equal frame.</summary>
    public static void EncodesTo(Frame frame, byte[] expected)
    {
        Assert.Equal(expected, Encode(frame));
        Equal(frame, Decode(expected));
    }

    /// <summary>Header fields and every public property of the kind are equal; arrays by content; chunk bytes by the bytes they point to.</summary>
    public static void Equal(Frame expected, Frame actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (PropertyInfo property in expected.GetType().GetProperties())
        {
            if (property.Name is nameof(ModelChunkFrame.Data) or nameof(ModelChunkFrame.DataOffset))
            {
                continue;
            }

            object? want = property.GetValue(expected);
            object? got = property.GetValue(actual);
            if (want is sbyte[] wantFeatures)
            {
                int count = FeatureCount(expected);
                Assert.Equal(wantFeatures.Take(count), (sbyte[])got!);
            }
            else
            {
                Assert.True(Equals(want, got), $"{expected.Kind}.{property.Name}: expected {want}, got {got}");
            }
        }

        if (expected is ModelChunkFrame wantChunk)
        {
            ModelChunkFrame gotChunk = (ModelChunkFrame)actual;
            Assert.Equal(
                wantChunk.Data.AsSpan(wantChunk.DataOffset, wantChunk.DataLength).ToArray(),
                gotChunk.Data.AsSpan(gotChunk.DataOffset, gotChunk.DataLength).ToArray());
        }
    }

    /// <summary>Recomputes the payload length and CRC of tampered bytes, so that only the decoder's own checks can catch the change.</summary>
    public static byte[] Reseal(byte[] frame)
    {
        byte[] copy = (byte[])frame.Clone();
        int payload = copy.Length - FrameCodec.HeaderSize - FrameCodec.CrcSize;
        copy[15] = (byte)payload;
        copy[16] = (byte)(payload >> 8);
        uint crc = Crc32.Compute(copy, 0, copy.Length - FrameCodec.CrcSize);
        BitConverter.TryWriteBytes(copy.AsSpan(copy.Length - FrameCodec.CrcSize), crc);
        return copy;
    }

    /// <summary>Decodes without asserting; fails the test if the decoder throws or answers with an undocumented reason.</summary>
    public static FrameError DecodeResult(byte[] buffer, int offset, int count)
    {
        FrameError error = FrameCodec.Decode(buffer, offset, count, out Frame? frame);
        Assert.True(Enum.IsDefined(error), $"undocumented reason {(int)error}");
        Assert.Equal(error == FrameError.None, frame != null);
        return error;
    }

    private static int FeatureCount(Frame frame)
    {
        return frame switch
        {
            WakeCandidateFrame wake => wake.BandCount * wake.FrameCount,
            CommandFeaturesFrame command => command.BandCount * command.FrameCount,
            _ => 0,
        };
    }
}
