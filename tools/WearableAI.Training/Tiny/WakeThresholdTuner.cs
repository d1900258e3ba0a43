using WearableAI.Shared.Models;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Picks the wake threshold written to the blob: the highest smoothed int8 wake logit at which
/// at least the target fraction of validation wake windows still fire (high recall: the hub
/// verifies every candidate, so a miss costs more than a false candidate).
/// </summary>
public static class WakeThresholdTuner
{
    /// <summary>
    /// The window's detection score: the maximum over output frames of the row's wake score
    /// (<see cref="WatchModel.WakeScoreOf"/>) averaged over the last <paramref name="smoothing"/> frames
    /// (floor of the mean; fewer at the start).
    /// </summary>
    /// <param name="rows">Frame-major int8 logits.</param>
    /// <param name="classes">Logits per frame.</param>
    /// <param name="wakeIndex">Index of the wake class.</param>
    /// <param name="smoothing">Frames averaged (1 = none).</param>
    /// <param name="margin">Score rows by the wake logit's margin over the others (<see cref="WatchModel.WakeScoreIsMargin"/>).</param>
    /// <returns>The score in int8 units.</returns>
    public static int Score(sbyte[] rows, int classes, int wakeIndex, int smoothing, bool margin)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int frames = rows.Length / classes;
        int best = int.MinValue;
        for (int f = 0; f < frames; f++)
        {
            int first = Math.Max(0, f - smoothing + 1);
            int sum = 0;
            for (int g = first; g <= f; g++)
            {
                sum += WatchModel.WakeScoreOf(rows, g * classes, classes, wakeIndex, margin);
            }

            best = Math.Max(best, (int)Math.Floor(sum / (double)(f - first + 1)));
        }

        return best;
    }

    /// <summary>The highest threshold with recall ≥ <paramref name="targetRecall"/> on the given wake scores.</summary>
    /// <param name="wakeScores">Scores of the wake windows.</param>
    /// <param name="targetRecall">Required fraction of windows at or above the threshold.</param>
    /// <returns>A threshold in −128…127 (0 when there are no wake windows).</returns>
    public static int Tune(IReadOnlyList<int> wakeScores, double targetRecall)
    {
        ArgumentNullException.ThrowIfNull(wakeScores);
        if (wakeScores.Count == 0)
        {
            return 0;
        }

        int[] sorted = wakeScores.Order().ToArray();
        int misses = (int)Math.Floor((1.0 - targetRecall) * sorted.Length);
        return Math.Clamp(sorted[Math.Clamp(misses, 0, sorted.Length - 1)], -128, 127);
    }
}
