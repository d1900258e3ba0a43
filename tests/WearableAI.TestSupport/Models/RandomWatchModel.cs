using WearableAI.Shared.Audio;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;

namespace WearableAI.TestSupport.Models;

/// <summary>
/// Builds small random but valid watch models (shapes within every limit, quantisation
/// parameters in range, zero points chained). For kernel, blob and firmware tests.
/// </summary>
public static class RandomWatchModel
{
    /// <summary>The default vocabulary of DESIGN.md.</summary>
    public static readonly string[] DefaultLabels =
    {
        "hey_nano", "yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go", "unknown", "silence",
    };

    /// <summary>A model with a conv front layer, 0–2 depthwise-separable blocks and a dense head.</summary>
    public static WatchModel Create(int seed)
    {
        Random rng = new(seed);
        FrontEndSettings settings = new();
        int labelCount = rng.Next(2, DefaultLabels.Length + 1);
        string[] labels = new string[labelCount];
        Array.Copy(DefaultLabels, labels, labelCount);

        List<QuantizedLayer> layers = [];
        int zeroPoint = rng.Next(-20, 21);
        int channels = rng.Next(4, 25);
        layers.Add(RandomLayer(rng, LayerKind.Conv1D, settings.MelBands, channels, rng.Next(1, 6), rng.Next(1, 3), rng.Next(1, 3), zeroPoint, relu: true));
        int blocks = rng.Next(0, 3);
        for (int b = 0; b < blocks; b++)
        {
            QuantizedLayer last = layers[^1];
            layers.Add(RandomLayer(rng, LayerKind.DepthwiseConv1D, channels, channels, rng.Next(1, 4), rng.Next(1, 3), rng.Next(1, 4), last.OutputZeroPoint, relu: true));
            int next = rng.Next(4, 25);
            layers.Add(RandomLayer(rng, LayerKind.Dense, channels, next, 1, 1, 1, layers[^1].OutputZeroPoint, relu: true));
            channels = next;
        }

        layers.Add(RandomLayer(rng, LayerKind.Dense, channels, labelCount, 1, 1, 1, layers[^1].OutputZeroPoint, relu: false));

        return new WatchModel
        {
            ModelVersion = (uint)rng.Next(1, int.MaxValue),
            Settings = settings,
            Labels = labels,
            WakeLabelIndex = rng.Next(labelCount),
            WakeThreshold = rng.Next(-128, 128),
            SmoothingFrames = rng.Next(1, ModelLimits.MaxSmoothingFrames + 1),
            RefractoryFrames = rng.Next(0, 65536),
            InputBands = settings.MelBands,
            InputStride = rng.Next(1, 3),
            Layers = layers.ToArray(),
        };
    }

    /// <summary>A layer with random int8 weights and in-range quantisation parameters.</summary>
    public static QuantizedLayer RandomLayer(Random rng, LayerKind kind, int inChannels, int outChannels, int kernel, int stride, int dilation, int inputZeroPoint, bool relu)
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
            OutputZeroPoint = rng.Next(-30, 31),
        };
        layer.ActMin = relu ? layer.OutputZeroPoint : -128;
        layer.ActMax = 127;
        layer.Weights = new sbyte[layer.WeightCount];
        for (int i = 0; i < layer.Weights.Length; i++)
        {
            layer.Weights[i] = (sbyte)rng.Next(-127, 128);
        }

        // Pick shifts so that a typical accumulator (±128·√fanIn·64) lands in the int8 range.
        int shift = 0;
        while ((1 << shift) < 64 * Math.Sqrt(layer.FanIn)) shift++;
        layer.Bias = new int[outChannels];
        layer.Multipliers = new int[outChannels];
        layer.Shifts = new int[outChannels];
        for (int o = 0; o < outChannels; o++)
        {
            layer.Bias[o] = rng.Next(-4000, 4001);
            layer.Multipliers[o] = rng.Next(Requantizer.MinMultiplier, int.MaxValue);
            layer.Shifts[o] = shift + rng.Next(-1, 2);
        }

        return layer;
    }
}
