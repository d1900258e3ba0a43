using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.TestSupport.Models;

namespace WearableAI.Shared.Tests.Models;

/// <summary>Each semantic check: a blob with exactly that defect (and a correct CRC) is refused with its reason.</summary>
public class ModelBlobValidationTests
{
    private static ModelBlobError LoadWith(Action<WatchModel> defect)
    {
        WatchModel model = RandomWatchModel.Create(21);
        defect(model);
        ModelBlobLoadResult result = ModelBlobLoader.Load(ModelBlobWriter.Write(model));
        Assert.False(string.IsNullOrEmpty(result.Message));
        return result.Error;
    }

    private static QuantizedLayer Dense(int inChannels, int outChannels, int zeroPoint = 0) =>
        RandomWatchModel.RandomLayer(new Random(inChannels), LayerKind.Dense, inChannels, outChannels, 1, 1, 1, zeroPoint, relu: false);

    [Fact]
    public void The_unchanged_model_is_valid() => Assert.Equal(ModelBlobError.None, LoadWith(_ => { }));

    [Fact]
    public void Bad_magic_is_refused()
    {
        byte[] blob = ModelBlobWriter.Write(RandomWatchModel.Create(1));
        blob[0] = (byte)'X';
        ModelBlobWriter.Seal(blob);
        Assert.Equal(ModelBlobError.BadMagic, ModelBlobLoader.Load(blob).Error);
    }

    [Fact]
    public void A_newer_format_version_is_refused()
    {
        byte[] blob = ModelBlobWriter.Write(RandomWatchModel.Create(1));
        blob[4] = 2;
        ModelBlobWriter.Seal(blob);
        Assert.Equal(ModelBlobError.UnsupportedVersion, ModelBlobLoader.Load(blob).Error);
    }

    [Fact]
    public void Invalid_front_end_settings_are_refused() =>
        Assert.Equal(ModelBlobError.SettingsInvalid, LoadWith(m => m.Settings.HighHz = 7000));

    [Fact]
    public void A_noise_normalization_byte_other_than_0_or_1_is_refused()
    {
        byte[] blob = ModelBlobWriter.Write(RandomWatchModel.Create(1));
        blob[ModelBlobFormat.HeaderSize + 36] = 2; // NoiseNormalization follows nine int32 fields
        ModelBlobWriter.Seal(blob);
        Assert.Equal(ModelBlobError.SettingsInvalid, ModelBlobLoader.Load(blob).Error);
    }

    [Fact]
    public void More_than_32_labels_are_refused() => Assert.Equal(ModelBlobError.TooManyLabels, LoadWith(m =>
    {
        m.Labels = Enumerable.Range(0, 33).Select(i => "w" + i).ToArray();
        m.Layers[^1] = Dense(m.Layers[^1].InChannels, 33, m.Layers[^1].InputZeroPoint);
    }));

    [Fact]
    public void A_non_ascii_label_is_refused() => Assert.Equal(ModelBlobError.NonAsciiLabel, LoadWith(m => m.Labels[1] = "yés"));

    [Fact]
    public void A_label_with_a_space_is_refused() => Assert.Equal(ModelBlobError.NonAsciiLabel, LoadWith(m => m.Labels[0] = "hey nano"));

    [Fact]
    public void An_empty_label_is_refused() => Assert.Equal(ModelBlobError.BadLabel, LoadWith(m => m.Labels[0] = ""));

    [Fact]
    public void A_duplicate_label_is_refused() => Assert.Equal(ModelBlobError.BadLabel, LoadWith(m => m.Labels[1] = m.Labels[0]));

    [Fact]
    public void A_wake_index_past_the_labels_is_refused() => Assert.Equal(ModelBlobError.BadWakeLabel, LoadWith(m => m.WakeLabelIndex = m.Labels.Length));

    [Theory]
    [InlineData(200, 1)]
    [InlineData(-129, 1)]
    [InlineData(10, 0)]
    [InlineData(10, 65)]
    public void Thresholds_out_of_range_are_refused(int threshold, int smoothing) =>
        Assert.Equal(ModelBlobError.BadThresholds, LoadWith(m => { m.WakeThreshold = threshold; m.SmoothingFrames = smoothing; }));

    [Fact]
    public void Input_bands_that_differ_from_the_front_end_are_refused() =>
        Assert.Equal(ModelBlobError.BadInputShape, LoadWith(m => m.InputBands = 40));

    [Fact]
    public void An_input_stride_of_zero_is_refused() => Assert.Equal(ModelBlobError.BadInputShape, LoadWith(m => m.InputStride = 0));

    [Fact]
    public void A_model_without_layers_is_refused() => Assert.Equal(ModelBlobError.BadLayerCount, LoadWith(m => m.Layers = []));

    [Fact]
    public void An_unknown_layer_kind_is_refused() => Assert.Equal(ModelBlobError.UnknownLayerKind, LoadWith(m => m.Layers[0].Kind = (LayerKind)9));

    [Fact]
    public void A_dense_layer_with_a_kernel_is_refused() => Assert.Equal(ModelBlobError.BadLayerShape, LoadWith(m => m.Layers[^1].KernelSize = 2));

    [Fact]
    public void A_depthwise_layer_that_changes_channels_is_refused() => Assert.Equal(ModelBlobError.BadLayerShape, LoadWith(m =>
    {
        QuantizedLayer first = m.Layers[0];
        QuantizedLayer dw = RandomWatchModel.RandomLayer(new Random(1), LayerKind.DepthwiseConv1D, first.OutChannels, first.OutChannels, 3, 1, 1, first.OutputZeroPoint, relu: true);
        dw.OutChannels++;
        m.Layers = [first, dw, m.Layers[^1]];
    }));

    [Fact]
    public void Layer_outputs_that_do_not_match_the_next_inputs_are_refused() => Assert.Equal(ModelBlobError.ShapeChainInconsistent, LoadWith(m =>
    {
        QuantizedLayer first = m.Layers[0];
        m.Layers = [first, Dense(first.OutChannels + 1, m.Labels.Length, first.OutputZeroPoint)];
    }));

    [Fact]
    public void A_first_layer_that_does_not_take_the_input_bands_is_refused() => Assert.Equal(ModelBlobError.ShapeChainInconsistent, LoadWith(m =>
        m.Layers = [Dense(31, m.Labels.Length)]));

    [Fact]
    public void A_last_layer_without_one_output_per_label_is_refused() => Assert.Equal(ModelBlobError.ShapeChainInconsistent, LoadWith(m =>
        m.Layers = [Dense(32, m.Labels.Length + 1)]));

    [Theory]
    [InlineData("multiplier")]
    [InlineData("shift-high")]
    [InlineData("shift-low")]
    [InlineData("zero-point")]
    [InlineData("act-range")]
    [InlineData("bias")]
    public void Quantisation_parameters_out_of_range_are_refused(string defect) => Assert.Equal(ModelBlobError.BadQuantParams, LoadWith(m =>
    {
        QuantizedLayer last = m.Layers[^1];
        switch (defect)
        {
            case "multiplier": last.Multipliers[0] = (1 << 30) - 1; break;
            case "shift-high": last.Shifts[^1] = 32; break;
            case "shift-low": last.Shifts[0] = -9; break;
            case "zero-point": last.InputZeroPoint++; break;
            case "act-range": (last.ActMin, last.ActMax) = (10, 9); break;
            case "bias": last.Bias[0] = (1 << 30) + 1; break;
        }
    }));

    private static QuantizedLayer[] Chain(params QuantizedLayer[] layers)
    {
        for (int i = 1; i < layers.Length; i++) layers[i].InputZeroPoint = layers[i - 1].OutputZeroPoint;
        return layers;
    }

    [Fact]
    public void Weights_over_16_KB_are_refused() => Assert.Equal(ModelBlobError.WeightsOverBudget, LoadWith(m =>
        m.Layers = Chain(Dense(32, 256), Dense(256, 24), Dense(24, m.Labels.Length)))); // 10,496 + 6,360 + … bytes

    [Fact]
    public void Working_memory_over_24_KB_is_refused() => Assert.Equal(ModelBlobError.WorkingMemoryOverBudget, LoadWith(m =>
    {
        // Each depthwise k16 d16 layer keeps 241 frames of 32 bands: 7,712 bytes of ring.
        QuantizedLayer[] layers = new QuantizedLayer[5];
        for (int i = 0; i < 4; i++) layers[i] = RandomWatchModel.RandomLayer(new Random(i), LayerKind.DepthwiseConv1D, 32, 32, 16, 1, 16, 0, relu: true);
        layers[4] = Dense(32, m.Labels.Length);
        m.Layers = Chain(layers);
    }));

    [Fact]
    public void A_layer_whose_arrays_are_shorter_than_its_shape_is_a_truncated_section() => Assert.Equal(ModelBlobError.TruncatedSection, LoadWith(m =>
        m.Layers[^1].Weights = m.Layers[^1].Weights[1..]));
}
