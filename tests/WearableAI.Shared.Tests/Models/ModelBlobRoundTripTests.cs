using CsCheck;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.TestSupport.Models;

namespace WearableAI.Shared.Tests.Models;

public class ModelBlobRoundTripTests
{
    private static void AssertSameModel(WatchModel expected, WatchModel actual)
    {
        Assert.Equal(expected.ModelVersion, actual.ModelVersion);
        Assert.Equal(expected.Labels, actual.Labels);
        Assert.Equal(expected.WakeLabelIndex, actual.WakeLabelIndex);
        Assert.Equal(expected.WakeThreshold, actual.WakeThreshold);
        Assert.Equal(expected.SmoothingFrames, actual.SmoothingFrames);
        Assert.Equal(expected.RefractoryFrames, actual.RefractoryFrames);
        Assert.Equal(expected.InputBands, actual.InputBands);
        Assert.Equal(expected.InputStride, actual.InputStride);
        foreach (var field in typeof(WearableAI.Shared.Audio.FrontEndSettings).GetFields())
        {
            Assert.Equal(field.GetValue(expected.Settings), field.GetValue(actual.Settings));
        }

        Assert.Equal(expected.Layers.Length, actual.Layers.Length);
        for (int i = 0; i < expected.Layers.Length; i++)
        {
            QuantizedLayer e = expected.Layers[i];
            QuantizedLayer a = actual.Layers[i];
            Assert.Equal(
                (e.Kind, e.InChannels, e.OutChannels, e.KernelSize, e.Stride, e.Dilation, e.InputZeroPoint, e.OutputZeroPoint, e.ActMin, e.ActMax),
                (a.Kind, a.InChannels, a.OutChannels, a.KernelSize, a.Stride, a.Dilation, a.InputZeroPoint, a.OutputZeroPoint, a.ActMin, a.ActMax));
            Assert.Equal(e.Weights, a.Weights);
            Assert.Equal(e.Bias, a.Bias);
            Assert.Equal(e.Multipliers, a.Multipliers);
            Assert.Equal(e.Shifts, a.Shifts);
        }
    }

    [Fact]
    public void A_written_model_loads_back_field_for_field()
    {
        WatchModel model = RandomWatchModel.Create(42);
        model.Settings.NoiseNormalization = true;
        model.Settings.LogOffset = -7;
        byte[] blob = ModelBlobWriter.Write(model);
        ModelBlobLoadResult result = ModelBlobLoader.Load(blob);
        Assert.True(result.IsValid, result.Message);
        AssertSameModel(model, result.Model!);
        Assert.Equal(blob, ModelBlobWriter.Write(result.Model!));
    }

    [Fact]
    public void The_header_starts_with_magic_version_flags_length_and_crc()
    {
        byte[] blob = ModelBlobWriter.Write(RandomWatchModel.Create(1));
        Assert.Equal("WAIM"u8.ToArray(), blob[..4]);
        Assert.Equal(new byte[] { 1, 0, 0, 0 }, blob[4..8]);
        Assert.Equal(blob.Length, BitConverter.ToInt32(blob, 8));
        Assert.Equal(Common.Crc32.Compute(blob, 16, blob.Length - 16), BitConverter.ToUInt32(blob, 12));
    }

    [Fact]
    public void A_blob_inside_a_larger_receive_buffer_loads_from_its_offset()
    {
        byte[] blob = ModelBlobWriter.Write(RandomWatchModel.Create(5));
        byte[] buffer = new byte[blob.Length + 10];
        blob.CopyTo(buffer, 7);
        Assert.True(ModelBlobLoader.Load(buffer, 7, blob.Length).IsValid);
    }

    [Fact]
    public void Random_valid_model_shapes_round_trip_and_run()
    {
        Gen.Int.Sample(seed =>
        {
            WatchModel model = RandomWatchModel.Create(seed);
            byte[] blob = ModelBlobWriter.Write(model);
            ModelBlobLoadResult result = ModelBlobLoader.Load(blob);
            Assert.True(result.IsValid, result.Message);
            Assert.Equal(blob, ModelBlobWriter.Write(result.Model!));
            ModelRunner runner = result.Model!.CreateRunner();
            Assert.True(runner.WeightBytes <= ModelLimits.MaxWeightBytes);
            Assert.True(runner.WorkingBytes <= ModelLimits.MaxWorkingBytes);
            Assert.Equal(model.Labels.Length, runner.Scores.Length);
        }, iter: 300);
    }
}
