namespace WearableAI.Training.Eval;

/// <summary>
/// Counting the watch's triggers at any threshold from the smoothed scores of the shared
/// <see cref="WearableAI.Shared.Inference.WakeDetector"/> (<see cref="TinyStreamer.WakeScores"/>): a trigger
/// when a row's score reaches the threshold, then no trigger for <c>RefractoryFrames</c> rows — what the
/// detector itself does at that threshold (a test holds the two together), so a DET curve can sweep the
/// threshold without streaming the model again.
/// </summary>
/// <remarks>
/// Triggers are placed greedily (earliest first), so the count can only fall as the threshold rises:
/// the DET curve is monotone.
/// </remarks>
public static class WakeTrigger
{
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
