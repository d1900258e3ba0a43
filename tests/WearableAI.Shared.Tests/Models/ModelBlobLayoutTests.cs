using WearableAI.Shared.Audio;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;

namespace WearableAI.Shared.Tests.Models;

/// <summary>Byte-exact checks of the layout documented in docs/model-blob.md.</summary>
public class ModelBlobLayoutTests
{
    private static byte[] MinimalBlob()
    {
        QuantizedLayer head = new()
        {
            Kind = LayerKind.Dense,
            InChannels = 32,
            OutChannels = 2,
            InputZeroPoint = 1,
            OutputZeroPoint = -2,
            ActMin = -2,
            ActMax = 127,
            Weights = Enumerable.Repeat((sbyte)-1, 64).ToArray(),
            Bias = [258, -1],
            Multipliers = [1 << 30, int.MaxValue],
            Shifts = [-8, 31],
        };
        WatchModel model = new()
        {
            ModelVersion = 0x01020304,
            Settings = new FrontEndSettings(),
            Labels = ["hey_nano", "other"],
            WakeLabelIndex = 0,
            WakeThreshold = -5,
            SmoothingFrames = 3,
            RefractoryFrames = 300,
            InputBands = 32,
            InputStride = 1,
            Layers = [head],
        };
        return ModelBlobWriter.Write(model);
    }

    [Fact]
    public void A_minimal_model_has_the_documented_bytes()
    {
        byte[] blob = MinimalBlob();
        Assert.Equal(183, blob.Length);
        Assert.Equal(new byte[] { 0x57, 0x41, 0x49, 0x4D, 1, 0, 0, 0, 183, 0, 0, 0 }, blob[..12]);
        Assert.Equal(new byte[] { 4, 3, 2, 1 }, blob[16..20]);
        Assert.Equal(new byte[] { 0x80, 0x3E, 0, 0, 2, 0, 0, 0 }, blob[20..28]); // 16000 Hz, decimation 2
        Assert.Equal(new byte[] { 0, 5, 0, 0, 0 }, blob[56..61]); // noise normalisation off, smoothing bits 5
        byte[] vocabularyToLayerArrays =
        [
            2, 0, 8, .. "hey_nano"u8, 5, .. "other"u8,
            0xFB, 0xFF, 3, 0, 0x2C, 0x01, 32, 0, 1, 0,
            1,
            1, 32, 0, 2, 0, 1, 1, 1, 1, 0xFE, 0xFE, 0x7F,
            0x00, 0x00, 0x00, 0x40, 0xFF, 0xFF, 0xFF, 0x7F,
            0xF8, 31,
            0x02, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF,
        ];
        Assert.Equal(vocabularyToLayerArrays, blob[61..119]);
        Assert.All(blob[119..], b => Assert.Equal(0xFF, b));
        Assert.True(ModelBlobLoader.Load(blob).IsValid);
    }
}
