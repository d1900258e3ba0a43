using WearableAI.Shared.Inference;
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
    /// The window's detection score: the highest smoothed wake score the watch's <see cref="WakeDetector"/> reaches
    /// over the window's output rows (each row's <see cref="WatchModel.WakeScoreOf"/>, floor of the mean over the last
    /// <paramref name="smoothing"/> rows, no score before the smoothing window is full): the window would trigger the
    /// watch at any threshold up to this. <see cref="int.MinValue"/> when the window has fewer rows than the smoothing.
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
        var detector = new WakeDetector(Math.Max(1, smoothing), int.MaxValue, 0);
        int best = int.MinValue;
        for (int f = 0; f < frames; f++)
        {
            detector.Push(WatchModel.WakeScoreOf(rows, f * classes, classes, wakeIndex, margin));
            if (detector.IsFull) best = Math.Max(best, detector.Smoothed);
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
