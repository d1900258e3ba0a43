using TorchSharp;
using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Chooses, per training window, the output frame whose logits stand for the whole window:
/// the frame where the wake class leads the others most (max over time for the wake class).
/// </summary>
/// <remarks>
/// <para>Why: the watch fires as soon as any output frame's wake logit crosses the threshold.
/// Scoring the most wake-like frame trains exactly that decision: for a wake window that
/// frame must say "wake" (somewhere, typically the frame whose receptive field has just seen
/// the whole phrase end); for every other window even its most wake-like frame must say
/// "unknown" or "silence", which pushes every frame down. It does not need the data to place the
/// phrase at a fixed position in the 1.5 s window (only that it ends inside it).</para>
/// <para>The integer metrics use the same rule on int8 logits (<see cref="SelectFrame"/>).</para>
/// </remarks>
public static class WakeFrameSelector
{
    /// <summary>Logits of the most wake-like frame of every window.</summary>
    /// <param name="logits">Per-frame logits <c>[batch, classes, frames]</c>.</param>
    /// <param name="wakeIndex">Index of the wake class.</param>
    /// <returns><c>[batch, classes]</c> (differentiable through the chosen frame).</returns>
    public static Tensor Select(Tensor logits, int wakeIndex)
    {
        ArgumentNullException.ThrowIfNull(logits);
        using var scope = NewDisposeScope();
        long batch = logits.shape[0];
        long classes = logits.shape[1];
        Tensor detached = logits.detach();
        Tensor wake = detached.select(1, wakeIndex);
        using Scalar minusInfinity = double.NegativeInfinity.ToScalar(); // kept alive across the native call
        Tensor others = detached.index_fill(1, tensor(new long[] { wakeIndex }), minusInfinity).amax([1]);
        Tensor frame = (wake - others).argmax(1);
        Tensor index = frame.view(batch, 1, 1).expand(batch, classes, 1);
        return logits.gather(2, index).squeeze(2).MoveToOuterDisposeScope();
    }

    /// <summary>Index of the most wake-like output frame in int8 logit rows (ties: the earliest).</summary>
    /// <param name="rows">Frame-major logits, <c>frames · classes</c> values.</param>
    /// <param name="classes">Logits per frame.</param>
    /// <param name="wakeIndex">Index of the wake class.</param>
    /// <returns>The frame index.</returns>
    public static int SelectFrame(sbyte[] rows, int classes, int wakeIndex)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int frames = rows.Length / classes;
        int best = 0;
        int bestMargin = int.MinValue;
        for (int f = 0; f < frames; f++)
        {
            int others = int.MinValue;
            for (int c = 0; c < classes; c++)
            {
                if (c != wakeIndex)
                {
                    others = Math.Max(others, rows[(f * classes) + c]);
                }
            }

            int margin = rows[(f * classes) + wakeIndex] - others;
            if (margin > bestMargin)
            {
                bestMargin = margin;
                best = f;
            }
        }

        return best;
    }

    /// <summary>Argmax (ties: lowest index) of the logits of the most wake-like frame.</summary>
    /// <param name="rows">Frame-major int8 logits.</param>
    /// <param name="classes">Logits per frame.</param>
    /// <param name="wakeIndex">Index of the wake class.</param>
    /// <returns>The predicted class of the window.</returns>
    public static int Classify(sbyte[] rows, int classes, int wakeIndex)
    {
        int frame = SelectFrame(rows, classes, wakeIndex);
        int best = 0;
        for (int c = 1; c < classes; c++)
        {
            if (rows[(frame * classes) + c] > rows[(frame * classes) + best])
            {
                best = c;
            }
        }

        return best;
    }
}
