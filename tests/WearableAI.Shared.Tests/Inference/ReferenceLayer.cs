using WearableAI.Shared.Inference;

namespace WearableAI.Shared.Tests.Inference;

/// <summary>
/// A layer quantised from real-valued weights the way the training side does it, with the
/// real scales kept, and the double-precision reference of what the layer should output.
/// </summary>
public sealed class ReferenceLayer
{
    public required QuantizedLayer Layer { get; init; }
    public required double InputScale { get; init; }
    public required double[] WeightScales { get; init; }
    public required double OutputScale { get; init; }

    /// <summary>Biases before the input zero-point correction was folded in.</summary>
    public required long[] RawBias { get; init; }

    /// <summary>Quantises random real weights and biases; the output scale fits the typical output range.</summary>
    public static ReferenceLayer Create(Random rng, LayerKind kind, int inChannels, int outChannels, int kernel, int stride, int dilation, bool relu)
    {
        QuantizedLayer layer = new()
        {
            Kind = kind,
            InChannels = inChannels,
            OutChannels = outChannels,
            KernelSize = kernel,
            Stride = stride,
            Dilation = dilation,
            InputZeroPoint = rng.Next(-40, 41),
            OutputZeroPoint = rng.Next(-40, 41),
        };
        layer.ActMin = relu ? layer.OutputZeroPoint : -128;
        double inputScale = 4.0 / 255;
        int fanIn = layer.FanIn;
        int perChannel = fanIn;
        double[] real = new double[layer.WeightCount];
        for (int i = 0; i < real.Length; i++) real[i] = (rng.NextDouble() * 2) - 1;

        double[] weightScales = new double[outChannels];
        layer.Weights = new sbyte[real.Length];
        layer.Bias = new int[outChannels];
        layer.Multipliers = new int[outChannels];
        layer.Shifts = new int[outChannels];
        long[] rawBias = new long[outChannels];
        double outputScale = 2.0 * Math.Sqrt(fanIn) * 0.6 / 127;
        for (int o = 0; o < outChannels; o++)
        {
            double max = 0;
            for (int i = 0; i < perChannel; i++) max = Math.Max(max, Math.Abs(real[(o * perChannel) + i]));
            weightScales[o] = max / 127;
            long weightSum = 0;
            for (int i = 0; i < perChannel; i++)
            {
                int q = (int)Math.Round(real[(o * perChannel) + i] / weightScales[o]);
                layer.Weights[(o * perChannel) + i] = (sbyte)q;
                weightSum += q;
            }

            double bias = (rng.NextDouble() - 0.5) * 0.5;
            rawBias[o] = (long)Math.Round(bias / (inputScale * weightScales[o]));
            layer.Bias[o] = (int)(rawBias[o] - (layer.InputZeroPoint * weightSum));
            Assert.True(Requantizer.TryFromScale(inputScale * weightScales[o] / outputScale, out layer.Multipliers[o], out layer.Shifts[o]));
        }

        return new ReferenceLayer { Layer = layer, InputScale = inputScale, WeightScales = weightScales, OutputScale = outputScale, RawBias = rawBias };
    }

    /// <summary>Random int8 input frames.</summary>
    public static sbyte[] RandomFrames(Random rng, int frames, int channels)
    {
        sbyte[] x = new sbyte[frames * channels];
        for (int i = 0; i < x.Length; i++) x[i] = (sbyte)rng.Next(-128, 128);
        return x;
    }

    /// <summary>The exact accumulator <c>rawBias + Σ w·(x − zp)</c> for output frame m, channel o.</summary>
    public long Accumulator(sbyte[] input, int m, int o)
    {
        QuantizedLayer l = Layer;
        long acc = RawBias[o];
        int start = m * l.Stride;
        for (int j = 0; j < l.KernelSize; j++)
        {
            int frame = start + (j * l.Dilation);
            if (l.Kind == LayerKind.DepthwiseConv1D)
            {
                acc += l.Weights[(o * l.KernelSize) + j] * (long)(input[(frame * l.InChannels) + o] - l.InputZeroPoint);
            }
            else
            {
                for (int i = 0; i < l.InChannels; i++)
                {
                    int w = l.Weights[(((o * l.KernelSize) + j) * l.InChannels) + i];
                    acc += w * (long)(input[(frame * l.InChannels) + i] - l.InputZeroPoint);
                }
            }
        }

        return acc;
    }

    /// <summary>The int8 output computed in double from the real scales, rounded half away from zero, clamped.</summary>
    public int Expected(sbyte[] input, int m, int o)
    {
        double real = Accumulator(input, m, o) * InputScale * WeightScales[o];
        double q = Math.Round(real / OutputScale, MidpointRounding.AwayFromZero) + Layer.OutputZeroPoint;
        return (int)Math.Clamp(q, Layer.ActMin, Layer.ActMax);
    }
}
