using WearableAI.Shared.Common;
using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Checks an exported model three ways on golden windows: the loaded blob streamed through the
/// watch's <see cref="ModelRunner"/> against the <see cref="IntegerReference"/> (must be
/// bit-exact), the integer reference against the fake-quantised float network (close), and
/// counts the blob's cost with the kernels' own <see cref="OpCounter"/>.
/// </summary>
public static class TinyParity
{
    /// <summary>Audio streamed for the op count: 1,250 frames = 40 s at 31.25 frames/s.</summary>
    public const int CountedFrames = 1250;

    /// <summary>Runs the check.</summary>
    /// <param name="net">The fake-quantising network the layers came from.</param>
    /// <param name="layers">The layers from <see cref="IntegerLayerConverter"/>.</param>
    /// <param name="loaded">The model as <see cref="ModelBlobLoader"/> read it back from the blob.</param>
    /// <param name="golden">Frame-major int8 windows (all the same length).</param>
    /// <returns>The report.</returns>
    public static TinyParityReport Check(TinyKeywordNet net, QuantizedLayer[] layers, WatchModel loaded, IReadOnlyList<sbyte[]> golden)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(golden);
        int bands = loaded.InputBands;
        int classes = layers[^1].OutChannels;
        int frames = golden[0].Length / bands;
        sbyte[] floatCodes = FloatLogitCodes(net, golden, bands);
        int rowsPerWindow = floatCodes.Length / classes / golden.Count;

        ModelRunner runner = loaded.CreateRunner();
        int rows = 0, mismatches = 0, agree = 0, maxDiff = 0;
        long diffSum = 0;
        for (int w = 0; w < golden.Count; w++)
        {
            sbyte[] reference = IntegerReference.Run(layers, golden[w], frames);
            var streamed = new List<sbyte>();
            runner.Reset();
            for (int f = 0; f < frames; f++)
            {
                if (runner.PushFrame(golden[w], f * bands, null))
                {
                    streamed.AddRange(runner.Scores);
                }
            }

            mismatches += Math.Abs(streamed.Count - reference.Length) + reference.Zip(streamed).Count(p => p.First != p.Second);
            for (int r = 0; r < reference.Length / classes; r++)
            {
                int at = (w * rowsPerWindow * classes) + (r * classes);
                agree += ArgMax(reference, r * classes, classes) == ArgMax(floatCodes, at, classes) ? 1 : 0;
                for (int c = 0; c < classes; c++)
                {
                    int diff = Math.Abs(reference[(r * classes) + c] - floatCodes[at + c]);
                    maxDiff = Math.Max(maxDiff, diff);
                    diffSum += diff;
                }

                rows++;
            }
        }

        return new TinyParityReport(golden.Count, rows, mismatches, rows == 0 ? 0 : (double)agree / rows, maxDiff, rows == 0 ? 0 : (double)diffSum / (rows * classes), runner.WeightBytes, runner.WorkingBytes, OpsPerSecond(loaded, golden));
    }

    /// <summary>Ops per second of audio of the model streaming in steady state, counted by the kernels.</summary>
    /// <param name="model">The model.</param>
    /// <param name="windows">Frame-major windows fed in a loop.</param>
    /// <returns>Ops per second at <c>Settings.FramesPerKilosecond</c>.</returns>
    public static double OpsPerSecond(WatchModel model, IReadOnlyList<sbyte[]> windows)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(windows);
        ModelRunner runner = model.CreateRunner();
        int bands = model.InputBands;
        sbyte[] stream = windows.SelectMany(w => w).ToArray();
        int available = stream.Length / bands;
        var ops = new OpCounter();
        for (int f = 0; f < 64; f++)
        {
            runner.PushFrame(stream, (f % available) * bands, null); // warm-up: fill the rings
        }

        for (int f = 0; f < CountedFrames; f++)
        {
            runner.PushFrame(stream, (f % available) * bands, ops);
        }

        return ops.Ops * (model.Settings.FramesPerKilosecond / 1000.0) / CountedFrames;
    }

    private static sbyte[] FloatLogitCodes(TinyKeywordNet net, IReadOnlyList<sbyte[]> golden, int bands)
    {
        bool wasTraining = net.training;
        bool wasQuantising = net.Quantise;
        net.eval();
        net.Quantise = true;
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        Tensor logits = net.forward(TinyFeatures.FromFrameMajor(golden, bands));
        ActivationRange range = net.Layers[^1].OutputRange;
        Tensor codes = FakeQuant.ActivationCodes(logits, range.Scale, range.ZeroPoint, -128, 127).permute(0, 2, 1).contiguous().to_type(ScalarType.Int8);
        sbyte[] result = codes.data<sbyte>().ToArray();
        net.Quantise = wasQuantising;
        net.train(wasTraining);
        return result;
    }

    private static int ArgMax(sbyte[] values, int offset, int count)
    {
        int best = 0;
        for (int c = 1; c < count; c++)
        {
            if (values[offset + c] > values[offset + best])
            {
                best = c;
            }
        }

        return best;
    }
}
