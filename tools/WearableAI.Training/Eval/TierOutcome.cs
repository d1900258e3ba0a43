using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// What a tier (or the peer recogniser) decided on each clip and how often it accepted in the negative
/// audio, at its operating threshold: the raw material of the per-family, per-condition and human-speech
/// figures (<see cref="TierBreakdown"/>).
/// </summary>
/// <param name="WakeScores">Per clip: the score compared with the threshold (P(wake), int8 score, the hub's P(wake) after a tiny trigger or −∞ when nothing was sent, the peer's strictest detecting threshold). Read for wake clips.</param>
/// <param name="Decisions">Per clip: the class decided at the operating point (hub-style tiers), else null.</param>
/// <param name="ForcedChoices">Per clip: the command chosen when only the commands may be answered (−1: no answer), else null.</param>
/// <param name="NegativeClipAccepts">Per clip: accepts on it as part of the negative audio (0 for wake clips).</param>
/// <param name="ClipHours">Per clip: hours it adds to the negative audio (0 for wake clips).</param>
/// <param name="Background">Per background recording: its name, hours streamed and accepts.</param>
public sealed record TierOutcome(
    float[] WakeScores,
    int[]? Decisions,
    int[]? ForcedChoices,
    int[] NegativeClipAccepts,
    double[] ClipHours,
    IReadOnlyList<(string Name, double Hours, long Accepts)> Background)
{
    /// <summary>
    /// The outcome of one of our tiers from its accepts in the feature streams: an accept in the
    /// negative-clip stream (the split's non-wake clips concatenated in order,
    /// <see cref="FeatureWindows.StoredFrames"/> frames each) is placed on the clip under its frame.
    /// </summary>
    public static TierOutcome FromStreams(float[] wakeScores, int[]? decisions, int[]? forcedChoices, IEnumerable<(FeatureStream Stream, IReadOnlyList<int> Frames)> accepts, EvalData data)
    {
        ArgumentNullException.ThrowIfNull(accepts);
        ArgumentNullException.ThrowIfNull(data);
        int[] negatives = Enumerable.Range(0, data.Clips.Count).Where(i => data.Clips.Labels[i] != data.Vocabulary.WakeIndex).ToArray();
        var clipAccepts = new int[data.Clips.Count];
        var clipHours = new double[data.Clips.Count];
        foreach (int i in negatives) clipHours[i] = FeatureWindows.StoredFrames / data.FramesPerHour;
        var background = new List<(string, double, long)>();
        foreach ((FeatureStream stream, IReadOnlyList<int> frames) in accepts)
        {
            if (stream.IsBackground)
            {
                background.Add((stream.Name, stream.Frames / data.FramesPerHour, frames.Count));
                continue;
            }

            foreach (int frame in frames) clipAccepts[negatives[Math.Clamp(frame / FeatureWindows.StoredFrames, 0, negatives.Length - 1)]]++;
        }

        return new TierOutcome(wakeScores, decisions, forcedChoices, clipAccepts, clipHours, background);
    }
}
