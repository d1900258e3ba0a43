using WearableAI.Shared.Audio;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;

namespace WearableAI.Firmware.Host.Watching;

/// <summary>
/// A stand-in with the shapes of the worked example in docs/kernels.md (conv 32→24 k3 s2, two
/// depthwise-separable blocks, dense head to 13 labels) and seeded random int8 weights: for the
/// budget report and host runs until a trained model ships. It recognises nothing.
/// </summary>
public static class ReferenceModel
{
    /// <summary>The vocabulary of DESIGN.md.</summary>
    public static readonly string[] Labels =
        ["hey_nano", "yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "unknown", "silence"];

    /// <summary>Builds the model.</summary>
    /// <param name="version">Model version to stamp.</param>
    /// <param name="wakeThreshold">Smoothed wake logit that triggers (127 = practically never).</param>
    public static WatchModel Create(uint version = 1, int wakeThreshold = 127)
    {
        Random rng = new(1234);
        QuantizedLayer[] layers =
        [
            Layer(rng, LayerKind.Conv1D, 32, 24, 3, 2, 1, 0, relu: true),
            Layer(rng, LayerKind.DepthwiseConv1D, 24, 24, 3, 1, 2, -128, relu: true),
            Layer(rng, LayerKind.Dense, 24, 24, 1, 1, 1, -128, relu: true),
            Layer(rng, LayerKind.DepthwiseConv1D, 24, 24, 3, 1, 4, -128, relu: true),
            Layer(rng, LayerKind.Dense, 24, 32, 1, 1, 1, -128, relu: true),
            Layer(rng, LayerKind.Dense, 32, Labels.Length, 1, 1, 1, -128, relu: false),
        ];
        return new WatchModel
        {
            ModelVersion = version,
            Settings = new FrontEndSettings(),
            Labels = Labels,
            WakeLabelIndex = 0,
            WakeThreshold = wakeThreshold,
            SmoothingFrames = 4,
            RefractoryFrames = 16,
            InputBands = 32,
            InputStride = 1,
            Layers = layers,
        };
    }

    private static QuantizedLayer Layer(Random rng, LayerKind kind, int inChannels, int outChannels, int kernel, int stride, int dilation, int inputZeroPoint, bool relu)
    {
        QuantizedLayer layer = new()
        {
            Kind = kind,
            InChannels = inChannels,
            OutChannels = outChannels,
            KernelSize = kernel,
            Stride = stride,
            Dilation = dilation,
            InputZeroPoint = inputZeroPoint,
            OutputZeroPoint = relu ? -128 : 0,
        };
        layer.ActMin = relu ? -128 : -128;
        layer.ActMax = 127;
        layer.Weights = new sbyte[layer.WeightCount];
        for (int i = 0; i < layer.Weights.Length; i++)
        {
            layer.Weights[i] = (sbyte)rng.Next(-127, 128);
        }

        int shift = 0;
        while ((1 << shift) < 64 * Math.Sqrt(layer.FanIn))
        {
            shift++;
        }

        layer.Bias = new int[outChannels];
        layer.Multipliers = new int[outChannels];
        layer.Shifts = new int[outChannels];
        for (int o = 0; o < outChannels; o++)
        {
            layer.Bias[o] = rng.Next(-4000, 4001);
            layer.Multipliers[o] = rng.Next(Requantizer.MinMultiplier, int.MaxValue);
            layer.Shifts[o] = shift;
        }

        return layer;
    }
}
