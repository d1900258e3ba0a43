using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;
using WearableAI.Training.Data;
using WearableAI.Training.Tiny;

namespace WearableAI.Training.Eval;

/// <summary>
/// Evaluates the watch blob through the shared int8 kernels, streamed exactly as on the watch: every
/// clip's 48-frame window from a reset runner, every negative stream continuously, with the blob's
/// smoothing, threshold and refractory period (<see cref="WakeTrigger"/>). Its three classes
/// (wake, unknown, silence) are compared with the dataset labels mapped onto them.
/// </summary>
public static class TinyEvaluation
{
    /// <summary>Speech clips streamed for the ops-per-second figure (enough for a stable mean).</summary>
    public const int OpsClips = 100;

    /// <summary>Runs the tiny model over <paramref name="data"/>.</summary>
    public static TinyRun Run(WatchModel model, EvalData data, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(progress);
        if (model.InputBands != data.Bands)
        {
            throw new DatasetException($"the watch blob expects {model.InputBands} bands but the data has {data.Bands}");
        }

        var streamer = new TinyStreamer(model);
        int classes = streamer.Classes;
        int[] map = TinyLabels(model, data.Vocabulary);
        int count = data.Clips.Count;
        progress.Begin("tiny int8: clips and streams (ModelRunner)", count + data.Streams.Count);
        var confusion = ClassifierEvaluation.NewMatrix(classes);
        var wakeScores = new List<int>();
        var triggered = new bool[count];
        var clipBest = new float[count];
        for (int i = 0; i < count; i++)
        {
            (sbyte[] rows, _) = streamer.Stream(data.Clips.Window(i), data.Bands);
            int[] scores = streamer.WakeScores(rows);
            int best = scores.Length == 0 ? int.MinValue : scores.Max();
            triggered[i] = best >= model.WakeThreshold;
            clipBest[i] = best;
            int frame = WakeFrameSelector.SelectFrame(rows, classes, model.WakeLabelIndex);
            confusion[map[data.Clips.Labels[i]]][rows.Length == 0 ? map[data.Vocabulary.SilenceIndex] : ArgMax(rows, frame * classes, classes)]++;
            if (data.Clips.Labels[i] == data.Vocabulary.WakeIndex) wakeScores.Add(best);
            progress.Advance(1);
        }

        var streams = new List<(FeatureStream Stream, int[] Scores, int[] Frames)>();
        foreach (FeatureStream stream in data.Streams)
        {
            (sbyte[] rows, int[] frames) = streamer.Stream(stream.Features, data.Bands);
            streams.Add((stream, streamer.WakeScores(rows), frames));
            progress.Advance(1);
        }

        double FaPerHour(double t, Func<FeatureStream, bool> which)
        {
            long accepts = streams.Where(s => which(s.Stream)).Sum(s => (long)WakeTrigger.Triggers(s.Scores, t, model.RefractoryFrames).Count);
            long frames = streams.Where(s => which(s.Stream)).Sum(s => (long)s.Stream.Frames);
            return WakeTrigger.PerHour(accepts, frames, data.FramesPerHour);
        }

        double Miss(double t) => wakeScores.Count == 0 ? 0 : wakeScores.Count(s => s < t) / (double)wakeScores.Count;
        double threshold = model.WakeThreshold;
        var report = new TierReport
        {
            Name = "tiny",
            Accuracy = count == 0 ? 0 : ClassifierEvaluation.Trace(confusion) / (double)count,
            WakeMissRate = Miss(threshold),
            FalseAcceptsPerHour = FaPerHour(threshold, _ => true),
            FalseAcceptsPerHourBackground = FaPerHour(threshold, s => s.IsBackground),
            FalseAcceptsPerHourNegativeClips = FaPerHour(threshold, s => !s.IsBackground),
            Threshold = threshold,
            ConfusionLabels = model.Labels,
            Confusion = confusion,
            Det = DetCurve.Sweep(DetCurve.Int8Grid(), Miss, t => FaPerHour(t, _ => true)),
            WeightsBytes = ModelRunner.ParameterBytesOf(model.Layers),
            WorkingBytes = ModelRunner.WorkingBytesOf(model.Layers),
        };
        var streamTriggers = streams
            .Select(s => (s.Stream, WakeTrigger.Triggers(s.Scores, threshold, model.RefractoryFrames).Select(r => s.Frames[r]).ToList()))
            .ToList();
        report = TierBreakdown.With(report, TierOutcome.FromStreams(clipBest, null, null, streamTriggers.Select(s => (s.Stream, (IReadOnlyList<int>)s.Item2)), data), data);
        return new TinyRun(report, triggered, streamTriggers);
    }

    /// <summary>The speech clips (not silence) whose audio the ops figure streams, at most <see cref="OpsClips"/>.</summary>
    public static IReadOnlyList<string> SpeechClips(EvalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Enumerable.Range(0, data.Clips.Count)
            .Where(i => data.Clips.Labels[i] != data.Vocabulary.SilenceIndex)
            .Select(i => data.Clips.Paths[i])
            .Take(OpsClips)
            .ToArray();
    }

    /// <summary>Per dataset class, the tiny class it counts as: wake → wake, silence → silence, everything else → unknown.</summary>
    public static int[] TinyLabels(WatchModel model, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(vocabulary);
        int silence = Array.IndexOf(model.Labels, Vocabulary.Silence);
        int unknown = Array.IndexOf(model.Labels, Vocabulary.Unknown);
        if (unknown < 0) unknown = model.WakeLabelIndex == 0 ? 1 : 0;
        if (silence < 0) silence = unknown;
        return Enumerable.Range(0, vocabulary.Count)
            .Select(c => c == vocabulary.WakeIndex ? model.WakeLabelIndex : c == vocabulary.SilenceIndex ? silence : unknown)
            .ToArray();
    }

    private static int ArgMax(sbyte[] rows, int offset, int classes)
    {
        int best = 0;
        for (int c = 1; c < classes; c++)
        {
            if (rows[offset + c] > rows[offset + best]) best = c;
        }

        return best;
    }
}
