using WearableAI.Shared.Inference;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Converts a quantisation-aware trained <see cref="TinyKeywordNet"/> into the int8 layers the
/// watch runs (docs/kernels.md): int8 weight codes in the kernels' layouts, int32 biases with the
/// input zero point folded in, and per-channel (multiplier, shift) from
/// <see cref="Requantizer.TryFromScale"/>.
/// </summary>
public static class IntegerLayerConverter
{
    /// <summary>Largest |bias| the blob accepts.</summary>
    public const long BiasLimit = 1L << 30;

    /// <summary>Converts every layer, using the same rounding as the fake-quantised forward pass.</summary>
    /// <param name="net">A network whose activation ranges were observed (QAT or calibration).</param>
    /// <returns>The layers, first to last.</returns>
    public static QuantizedLayer[] Convert(TinyKeywordNet net)
    {
        ArgumentNullException.ThrowIfNull(net);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var result = new QuantizedLayer[net.Layers.Count];
        for (int i = 0; i < net.Layers.Count; i++)
        {
            result[i] = ConvertLayer(net.Layers[i], net.InputScaleOf(i), net.InputZeroPointOf(i));
        }

        return result;
    }

    private static QuantizedLayer ConvertLayer(TinyConvLayer layer, double inputScale, int inputZeroPoint)
    {
        Tensor weight = layer.MaskedWeight();
        Tensor scales = FakeQuant.WeightScales(weight);
        Tensor codes = FakeQuant.WeightCodes(weight, scales); // [out, in/groups, k]
        Tensor biasCodes = FakeQuant.BiasCodes(layer.MaskedBias(), inputScale, scales);
        Tensor ordered = layer.Kind == LayerKind.Conv1D ? codes.permute(0, 2, 1).contiguous() : codes.contiguous();
        float[] w = ordered.data<float>().ToArray();
        double[] b = biasCodes.data<double>().ToArray();
        float[] s = scales.data<float>().ToArray();
        int outChannels = layer.OutChannels;
        int fanIn = w.Length / outChannels;
        var q = new QuantizedLayer
        {
            Kind = layer.Kind,
            InChannels = layer.InChannels,
            OutChannels = outChannels,
            KernelSize = layer.KernelSize,
            Stride = layer.Stride,
            Dilation = layer.Dilation,
            InputZeroPoint = inputZeroPoint,
            OutputZeroPoint = layer.OutputRange.ZeroPoint,
            ActMin = layer.CodeMin,
            ActMax = 127,
            Weights = w.Select(v => (sbyte)v).ToArray(),
            Bias = new int[outChannels],
            Multipliers = new int[outChannels],
            Shifts = new int[outChannels],
        };
        for (int o = 0; o < outChannels; o++)
        {
            long sum = 0;
            for (int j = 0; j < fanIn; j++)
            {
                sum += q.Weights[(o * fanIn) + j];
            }

            long folded = (long)b[o] - (inputZeroPoint * sum);
            q.Bias[o] = (int)Math.Clamp(folded, -BiasLimit, BiasLimit);
            (q.Multipliers[o], q.Shifts[o]) = Multiplier(inputScale * s[o] / layer.OutputRange.Scale);
        }

        return q;
    }

    /// <summary>
    /// (multiplier, shift) for a real rescale; a scale below 2^−32 (a dead channel) becomes the
    /// smallest representable one and a scale above 2^8 the largest, so the blob stays valid.
    /// </summary>
    private static (int Multiplier, int Shift) Multiplier(double scale)
    {
        if (Requantizer.TryFromScale(scale, out int multiplier, out int shift))
        {
            return (multiplier, shift);
        }

        return scale < 1 ? (Requantizer.MinMultiplier, Requantizer.MaxShift) : (Requantizer.MaxMultiplier, Requantizer.MinShift);
    }
}
