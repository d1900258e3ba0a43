using WearableAI.Shared.Models;
using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// The cascade as the watch runs it: the tiny int8 model triggers on running audio, the watch keeps
/// listening for the post-roll (<c>WakeCandidateWindow.PostRollFrames</c>) and sends the 48 frames ending
/// there, and the hub accepts when its P(wake) on that window reaches the hub's wake threshold.
/// </summary>
/// <remarks>
/// <para>Wake clips: each streams inside running audio (<see cref="WakeClipsInContext"/>) from a reset
/// runner at the start of its context; it is caught when the tiny model's first trigger inside the
/// clip's window (or up to <see cref="TriggerToleranceFrames"/> after it) leads to a window the hub
/// accepts. A trigger in the preceding audio whose refractory period covers the clip costs the clip,
/// as it would on the watch. Negative streams: every tiny trigger's window, ending post-roll frames
/// after it, is verified.</para>
/// <para>A window that would run past the end of its stream (a trigger in a negative stream's last
/// post-roll frames) is shifted back to end at the stream's last frame: the watch would have heard more
/// audio, the evaluation has none. Wake clips carry enough following audio that theirs never does.</para>
/// <para>The figures measured before (the clip's own centred window when the clip alone triggered the
/// tiny model; negative windows ending at the trigger) stay in the report as <c>clip_centred_…</c>.</para>
/// </remarks>
public static class CascadeEvaluation
{
    /// <summary>
    /// Frames after the end of a wake clip's window in which a trigger still counts for the clip (8 ≈
    /// 0.26 s): the smoothed score may reach the threshold a few frames after the phrase, which lies in
    /// the middle of the window; later triggers belong to the following audio.
    /// </summary>
    public const int TriggerToleranceFrames = 8;

    /// <summary>
    /// First frame of the window the watch sends for a trigger at <paramref name="triggerFrame"/>: the 48
    /// frames ending <paramref name="postRollFrames"/> after it, shifted to lie inside frames
    /// [<paramref name="first"/>, <paramref name="first"/> + <paramref name="frames"/>) of the stream.
    /// </summary>
    public static int WindowStart(int triggerFrame, int postRollFrames, int first, int frames)
    {
        int start = triggerFrame + postRollFrames - FeatureWindows.WakeFrames + 1;
        return Math.Clamp(start, first, first + Math.Max(0, frames - FeatureWindows.WakeFrames));
    }

    /// <summary>
    /// The cascade's raw scores: per wake clip the hub's P(wake) on the window its tiny trigger sends (−∞ when the tiny
    /// model did not trigger on it), and per negative stream the hub's P(wake) on every trigger's window.
    /// </summary>
    /// <param name="tiny">The tiny tier's run (its negative-stream triggers).</param>
    /// <param name="watch">The watch blob the tiny tier ran.</param>
    /// <param name="hub">The hub model.</param>
    /// <param name="data">The evaluation data.</param>
    /// <param name="postRollFrames">Frames the watch listens on after a trigger (<c>WakeCandidateWindow.PostRollFrames</c>).</param>
    public static CascadeScores Score(TinyRun tiny, WatchModel watch, IWindowClassifier hub, EvalData data, int postRollFrames)
    {
        ArgumentNullException.ThrowIfNull(tiny);
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(postRollFrames);
        WakeClipsInContext context = WakeClipsInContext.Build(data, TriggerToleranceFrames + postRollFrames + 1);
        int[] triggers = TriggersInContext(watch, context);
        int[] caught = Enumerable.Range(0, context.Count).Where(k => triggers[k] >= 0).ToArray();
        int[] caughtStarts = caught.Select(k => WindowStart(triggers[k], postRollFrames, context.Starts[k], context.Lengths[k])).ToArray();
        float[] caughtP = ClassifierEvaluation.WakeProbabilities(hub, data, context.Stream, caughtStarts);
        var clipP = Enumerable.Repeat(float.NegativeInfinity, data.Clips.Count).ToArray();
        for (int j = 0; j < caught.Length; j++) clipP[context.Clips[caught[j]]] = caughtP[j];
        var verified = new List<(FeatureStream Stream, IReadOnlyList<int> Triggers, float[] P)>();
        foreach ((FeatureStream stream, List<int> frames) in tiny.StreamTriggers)
        {
            int[] starts = frames.Select(f => WindowStart(f, postRollFrames, 0, stream.Frames)).ToArray();
            verified.Add((stream, frames, ClassifierEvaluation.WakeProbabilities(hub, data, stream, starts)));
        }

        return new CascadeScores(data.WakeClips.Select(i => clipP[i]).ToArray(), clipP, caught.Length, verified, data.FramesPerHour);
    }

    /// <summary>Evaluates the cascade from the tiny run (its negative-stream triggers), the watch blob and the hub model.</summary>
    /// <param name="tiny">The tiny tier's run.</param>
    /// <param name="watch">The watch blob the tiny tier ran.</param>
    /// <param name="hub">The hub model.</param>
    /// <param name="data">The evaluation data.</param>
    /// <param name="hubThreshold">The hub's wake threshold.</param>
    /// <param name="postRollFrames">Frames the watch listens on after a trigger (<c>WakeCandidateWindow.PostRollFrames</c>).</param>
    public static TierReport Run(TinyRun tiny, WatchModel watch, IWindowClassifier hub, EvalData data, double hubThreshold, int postRollFrames)
    {
        CascadeScores scores = Score(tiny, watch, hub, data, postRollFrames);
        int wakeCount = scores.WakeP.Length;
        var accepts = scores.Negatives.Select(v => (v.Stream, (IReadOnlyList<int>)v.Triggers.Where((_, k) => v.P[k] >= hubThreshold).ToList())).ToList();
        var clipScores = scores.ClipP;
        double Miss(double t) => scores.MissRate(t);
        double FaPerHour(double t, Func<FeatureStream, bool> which) => scores.FalseAcceptsPerHour(t, which);
        (double centredMiss, double centredFa) = ClipCentred(tiny, hub, data, hubThreshold);
        int alone = data.WakeClips.Count(i => tiny.ClipTriggered[i]);
        var report = new TierReport
        {
            Name = "cascade",
            Note = $"tiny int8 at its blob threshold ({tiny.Report.Threshold}) → hub P(wake) ≥ {hubThreshold:0.###} on the 48 frames ending {postRollFrames} after the trigger; "
                + $"wake clips streamed after {WakeClipsInContext.LeadFrames} frames of negative audio (tiny triggered on {scores.Caught} of {wakeCount} in context, {alone} alone); "
                + $"the DET sweeps the hub threshold; clip-centred as measured before: miss {centredMiss * 100:0.0} %, {centredFa:0.##} FA/h",
            WakeMissRate = Miss(hubThreshold),
            FalseAcceptsPerHour = FaPerHour(hubThreshold, _ => true),
            FalseAcceptsPerHourBackground = FaPerHour(hubThreshold, s => s.IsBackground),
            FalseAcceptsPerHourNegativeClips = FaPerHour(hubThreshold, s => !s.IsBackground),
            Threshold = hubThreshold,
            Det = DetCurve.Sweep(DetCurve.ProbabilityGrid(hubThreshold), Miss, t => FaPerHour(t, _ => true)),
            ClipCentredWakeMissRate = centredMiss,
            ClipCentredFalseAcceptsPerHour = centredFa,
        };
        return TierBreakdown.With(report, TierOutcome.FromStreams(clipScores, null, null, accepts, data), data);
    }

    /// <summary>
    /// Per sequence of <paramref name="context"/>: the frame (in its stream) of the tiny model's first trigger
    /// inside the wake clip's window or up to <see cref="TriggerToleranceFrames"/> after it, or −1.
    /// </summary>
    public static int[] TriggersInContext(WatchModel watch, WakeClipsInContext context)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(context);
        var streamer = new TinyStreamer(watch);
        int bands = context.Stream.Bands;
        var triggers = new int[context.Count];
        for (int k = 0; k < context.Count; k++)
        {
            (sbyte[] rows, int[] frames) = streamer.Stream(context.Stream.Features.AsSpan(context.Starts[k] * bands, context.Lengths[k] * bands), bands);
            List<int> fired = WakeTrigger.Triggers(streamer.WakeScores(rows), watch.WakeThreshold, watch.RefractoryFrames);
            int first = context.ClipStarts[k] - context.Starts[k];
            int last = first + FeatureWindows.StoredFrames - 1 + TriggerToleranceFrames;
            int row = fired.FindIndex(r => frames[r] >= first && frames[r] <= last);
            triggers[k] = row < 0 ? -1 : context.Starts[k] + frames[fired[row]];
        }

        return triggers;
    }

    /// <summary>The figures as measured before: a wake clip's own centred window when the clip alone triggered the tiny model; negative windows ending at the trigger.</summary>
    private static (double Miss, double FalseAcceptsPerHour) ClipCentred(TinyRun tiny, IWindowClassifier hub, EvalData data, double threshold)
    {
        int[] wakeClips = data.WakeClips;
        int[] triggered = wakeClips.Where(i => tiny.ClipTriggered[i]).ToArray();
        var clips = new FeatureStream("clips", data.Clips.Windows, data.Bands, false);
        float[] clipP = ClassifierEvaluation.WakeProbabilities(hub, data, clips, triggered.Select(i => i * FeatureWindows.StoredFrames).ToArray());
        var verified = tiny.StreamTriggers
            .Select(s => (s.Stream, ClassifierEvaluation.WakeProbabilities(hub, data, s.Stream, s.Frames.Select(f => f - FeatureWindows.WakeFrames + 1).ToArray())))
            .ToList();
        double miss = wakeClips.Length == 0 ? 0 : 1 - (clipP.Count(p => p >= threshold) / (double)wakeClips.Length);
        return (miss, PerHour(verified, threshold, _ => true, data.FramesPerHour));
    }

    private static double PerHour(List<(FeatureStream Stream, float[] P)> verified, double threshold, Func<FeatureStream, bool> which, double framesPerHour)
    {
        long accepts = verified.Where(v => which(v.Stream)).Sum(v => (long)v.P.Count(p => p >= threshold));
        long frames = verified.Where(v => which(v.Stream)).Sum(v => (long)v.Stream.Frames);
        return WakeTrigger.PerHour(accepts, frames, framesPerHour);
    }
}
