namespace WearableAI.Training.Eval;

/// <summary>
/// The watch's wake decision over the tiny model's output rows, from the blob's settings: the wake
/// logit averaged over the last <c>SmoothingFrames</c> rows (floor of the mean, fewer at the start —
/// the same score <c>WakeThresholdTuner</c> tunes the threshold on), a trigger when it reaches the
/// threshold, then no trigger for <c>RefractoryFrames</c> rows.
/// </summary>
/// <remarks>
/// The firmware has no wake detector on main yet; this is the rule the blob's fields describe
/// (docs/model-blob.md). Triggers are placed greedily (earliest first), so the count can only fall
/// as the threshold rises: the DET curve is monotone.
/// </remarks>
public static class WakeTrigger
{
    /// <summary>Smoothed wake scores, one per row.</summary>
    /// <param name="wakeLogits">The int8 wake logit of each row.</param>
    /// <param name="smoothing">Rows averaged (1 = none).</param>
    public static int[] Smooth(IReadOnlyList<int> wakeLogits, int smoothing)
    {
        ArgumentNullException.ThrowIfNull(wakeLogits);
        int n = Math.Max(1, smoothing);
        var scores = new int[wakeLogits.Count];
        for (int f = 0; f < scores.Length; f++)
        {
            int first = Math.Max(0, f - n + 1);
            int sum = 0;
            for (int g = first; g <= f; g++) sum += wakeLogits[g];
            scores[f] = (int)Math.Floor(sum / (double)(f - first + 1));
        }

        return scores;
    }

    /// <summary>The rows at which the watch triggers.</summary>
    /// <param name="scores">Smoothed scores.</param>
    /// <param name="threshold">Trigger at or above this score.</param>
    /// <param name="refractoryRows">Rows after a trigger during which no other trigger fires.</param>
    public static List<int> Triggers(IReadOnlyList<int> scores, double threshold, int refractoryRows)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var triggers = new List<int>();
        int next = 0;
        for (int f = 0; f < scores.Count; f++)
        {
            if (f >= next && scores[f] >= threshold)
            {
                triggers.Add(f);
                next = f + refractoryRows + 1;
            }
        }

        return triggers;
    }

    /// <summary>
    /// Accepts of a classifier streamed in hops: a window at or above the threshold is an accept, and
    /// the next <paramref name="refractoryWindows"/> windows (those overlapping it) belong to the same
    /// event. Greedy like <see cref="Triggers"/>, so the count only falls as the threshold rises
    /// (counting rising edges instead would not be monotone: a higher threshold can split a run).
    /// </summary>
    /// <param name="scores">P(wake) per streamed window.</param>
    /// <param name="threshold">Accept at or above this probability.</param>
    /// <param name="refractoryWindows">Windows after an accept that cannot accept again.</param>
    public static int Accepts(IReadOnlyList<float> scores, double threshold, int refractoryWindows) => AcceptedWindows(scores, threshold, refractoryWindows).Count;

    /// <summary>The windows of <see cref="Accepts"/>: each accepted window's index.</summary>
    public static List<int> AcceptedWindows(IReadOnlyList<float> scores, double threshold, int refractoryWindows)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var accepted = new List<int>();
        int next = 0;
        for (int w = 0; w < scores.Count; w++)
        {
            if (w >= next && scores[w] >= threshold)
            {
                accepted.Add(w);
                next = w + refractoryWindows + 1;
            }
        }

        return accepted;
    }

    /// <summary>False accepts per hour: <paramref name="accepts"/> over <paramref name="frames"/> feature frames.</summary>
    /// <param name="accepts">Accepts counted.</param>
    /// <param name="frames">Frames streamed.</param>
    /// <param name="framesPerHour">Feature frames per hour of audio (112,500 at 31.25 frames/s).</param>
    /// <returns>Accepts per hour; 0 when nothing was streamed.</returns>
    public static double PerHour(long accepts, long frames, double framesPerHour) =>
        frames <= 0 ? 0 : accepts * framesPerHour / frames;
}
