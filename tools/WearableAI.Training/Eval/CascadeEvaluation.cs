using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// The cascade: the tiny int8 model triggers on the watch, then the hub model verifies the 48-frame
/// window ending at the trigger (for a clip: the clip's window) with the hub's wake threshold. A
/// cascade only removes triggers, so its miss rate is never below the tiny model's and its false
/// accepts never above.
/// </summary>
public static class CascadeEvaluation
{
    /// <summary>Evaluates the cascade from the tiny run and the hub model.</summary>
    public static TierReport Run(TinyRun tiny, IWindowClassifier hub, EvalData data, double hubThreshold)
    {
        ArgumentNullException.ThrowIfNull(tiny);
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(data);
        int[] wakeClips = data.WakeClips;
        int[] triggeredWake = wakeClips.Where(i => tiny.ClipTriggered[i]).ToArray();
        float[] clipP = triggeredWake.Length == 0 ? [] : ClassifierEvaluation.WakeProbabilities(hub, data, new FeatureStream("clips", data.Clips.Windows, data.Bands, false), triggeredWake.Select(i => i * FeatureWindows.StoredFrames).ToArray());
        var verified = new List<(FeatureStream Stream, float[] P)>();
        foreach ((FeatureStream stream, List<int> frames) in tiny.StreamTriggers)
        {
            int[] starts = frames.Select(f => f - FeatureWindows.WakeFrames + 1).ToArray();
            verified.Add((stream, ClassifierEvaluation.WakeProbabilities(hub, data, stream, starts)));
        }

        double Miss(double t) => wakeClips.Length == 0 ? 0 : 1 - (clipP.Count(p => p >= t) / (double)wakeClips.Length);
        double FaPerHour(double t, Func<FeatureStream, bool> which)
        {
            long accepts = verified.Where(v => which(v.Stream)).Sum(v => (long)v.P.Count(p => p >= t));
            long frames = verified.Where(v => which(v.Stream)).Sum(v => (long)v.Stream.Frames);
            return WakeTrigger.PerHour(accepts, frames, data.FramesPerHour);
        }

        return new TierReport
        {
            Name = "cascade",
            Note = $"tiny int8 at its blob threshold ({tiny.Report.Threshold}) → hub P(wake) ≥ {hubThreshold:0.###}; the DET sweeps the hub threshold",
            WakeMissRate = Miss(hubThreshold),
            FalseAcceptsPerHour = FaPerHour(hubThreshold, _ => true),
            FalseAcceptsPerHourBackground = FaPerHour(hubThreshold, s => s.IsBackground),
            FalseAcceptsPerHourNegativeClips = FaPerHour(hubThreshold, s => !s.IsBackground),
            Threshold = hubThreshold,
            Det = DetCurve.Sweep(DetCurve.ProbabilityGrid(hubThreshold), Miss, t => FaPerHour(t, _ => true)),
        };
    }
}
