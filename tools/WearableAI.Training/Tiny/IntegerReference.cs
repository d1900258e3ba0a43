using WearableAI.Shared.Inference;

namespace WearableAI.Training.Tiny;

/// <summary>
/// The integer reference of the tiny model, written independently of the watch kernels with
/// 64-bit arithmetic: what the int8 layers must compute on a window of features
/// ("valid" convolutions over the whole window, as <c>ModelRunner</c> does while streaming).
/// </summary>
/// <remarks>
/// <c>acc = bias' + Σ w · x</c> in int64; <c>out = clamp(((acc · M + 2^(n−1)) &gt;&gt; n) + zp, min, max)</c>
/// with <c>n = 31 + shift</c> (docs/kernels.md). An accumulator outside int32 (which the watch
/// would wrap) is reported as an error instead of silently differing.
/// </remarks>
public static class IntegerReference
{
    /// <summary>Runs the layers over a window.</summary>
    /// <param name="layers">The int8 layers.</param>
    /// <param name="frames">Frame-major int8 features, <c>frameCount · bands</c> values.</param>
    /// <param name="frameCount">Input frames.</param>
    /// <returns>Frame-major int8 logits, <c>outputFrames · classes</c> values.</returns>
    public static sbyte[] Run(QuantizedLayer[] layers, sbyte[] frames, int frameCount)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Length != frameCount * layers[0].InChannels)
        {
            throw new ArgumentException($"Expected {frameCount} frames of {layers[0].InChannels} features; got {frames.Length} values.", nameof(frames));
        }

        sbyte[] x = frames;
        int count = frameCount;
        foreach (QuantizedLayer layer in layers)
        {
            x = RunLayer(layer, x, count, out count);
        }

        return x;
    }

    /// <summary><c>(acc · M + 2^(n−1)) &gt;&gt; n + zp</c>, clamped to the activation range.</summary>
    /// <param name="acc">Accumulator.</param>
    /// <param name="multiplier">Q31 multiplier.</param>
    /// <param name="shift">Shift.</param>
    /// <param name="layer">Layer giving zero point and range.</param>
    /// <returns>The int8 output.</returns>
    public static sbyte Requantize(long acc, long multiplier, int shift, QuantizedLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        int n = 31 + shift;
        long value = ((acc * multiplier) + (1L << (n - 1))) >> n;
        value += layer.OutputZeroPoint;
        return (sbyte)Math.Clamp(value, layer.ActMin, layer.ActMax);
    }

    private static sbyte[] RunLayer(QuantizedLayer layer, sbyte[] input, int inFrames, out int outFrames)
    {
        int span = ((layer.KernelSize - 1) * layer.Dilation) + 1;
        outFrames = inFrames < span ? 0 : ((inFrames - span) / layer.Stride) + 1;
        int inC = layer.InChannels;
        int outC = layer.OutChannels;
        int k = layer.KernelSize;
        var output = new sbyte[outFrames * outC];
        for (int m = 0; m < outFrames; m++)
        {
            for (int o = 0; o < outC; o++)
            {
                long acc = layer.Bias[o];
                for (int j = 0; j < k; j++)
                {
                    int frame = (m * layer.Stride) + (j * layer.Dilation);
                    if (layer.Kind == LayerKind.DepthwiseConv1D)
                    {
                        acc += (long)layer.Weights[(o * k) + j] * input[(frame * inC) + o];
                        continue;
                    }

                    for (int i = 0; i < inC; i++)
                    {
                        acc += (long)layer.Weights[(((o * k) + j) * inC) + i] * input[(frame * inC) + i];
                    }
                }

                if (acc < int.MinValue || acc > int.MaxValue)
                {
                    throw new InvalidOperationException($"Accumulator {acc} of a {layer.Kind} layer leaves the int32 range the watch uses.");
                }

                output[(m * outC) + o] = Requantize(acc, layer.Multipliers[o], layer.Shifts[o], layer);
            }
        }

        return output;
    }
}
