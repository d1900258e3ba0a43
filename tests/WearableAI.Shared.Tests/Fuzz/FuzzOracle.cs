using WearableAI.Shared.Models;
using WearableAI.Shared.Protocol;
using WearableAI.Shared.Tests.Protocol;

namespace WearableAI.Shared.Tests.Fuzz;

/// <summary>The documented outcomes of the decoders, checked for one input (used by the fuzz tests and the corpus replay).</summary>
internal static class FuzzOracle
{
    /// <summary>A frame decodes and re-encodes to the same bytes, or is rejected with a documented reason.</summary>
    public static FrameError Frame(byte[] bytes)
    {
        FrameError error = FrameAssert.DecodeResult(bytes, 0, bytes.Length);
        if (error == FrameError.None)
        {
            Assert.Equal(bytes, FrameAssert.Encode(FrameAssert.Decode(bytes)));
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(FrameCodec.Describe(error)));
        }

        return error;
    }

    /// <summary>A blob loads (and re-writes to the same bytes), or is refused with a documented reason and a message.</summary>
    public static ModelBlobError Blob(byte[] bytes)
    {
        ModelBlobLoadResult result = ModelBlobLoader.Load(bytes, 0, bytes.Length);
        Assert.True(Enum.IsDefined(result.Error), $"undocumented reason {(int)result.Error}");
        Assert.Equal(result.Error == ModelBlobError.None, result.Model != null);
        if (result.Model is null)
        {
            Assert.False(string.IsNullOrEmpty(result.Message));
        }
        else
        {
            Assert.Equal(bytes, ModelBlobWriter.Write(result.Model));
        }

        return result.Error;
    }
}
