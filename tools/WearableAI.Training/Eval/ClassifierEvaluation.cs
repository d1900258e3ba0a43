using WearableAI.Training.Data;
using WearableAI.Training.Hub;

namespace WearableAI.Training.Eval;

/// <summary>
/// Evaluates a hub-style classifier the way the hub uses it: P(wake) on the 48-frame window decides
/// the wake word (at the hub's threshold), otherwise the 40-frame centred window is classified over
/// commands, unknown and silence; negative streams are scanned in 48-frame windows every
/// <see cref="HubEvaluator.StreamHopFrames"/> frames; windows overlapping an accepted one are the same event.
/// </summary>
public static class ClassifierEvaluation
{
    /// <summary>Streamed windows after an accept that belong to the same event: those overlapping the accepted 48-frame window.</summary>
    public const int RefractoryWindows = (FeatureWindows.WakeFrames / HubEvaluator.StreamHopFrames) - 1;

    /// <summary>Evaluates <paramref name="model"/> on <paramref name="data"/>.</summary>
    public static TierReport Run(IWindowClassifier model, EvalData data, double threshold, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(progress);
        Vocabulary vocabulary = data.Vocabulary;
        int classes = vocabulary.Count;
        int count = data.Clips.Count;
        progress.Begin($"{model.Name}: clips and streams", count + data.Streams.Count);
        int[] all = Enumerable.Range(0, count).ToArray();
        float[] wake = model.Probabilities(data.ClipInputs(all, 0, FeatureWindows.WakeFrames), count, data.Bands, FeatureWindows.WakeFrames);
        float[] command = model.Probabilities(data.ClipInputs(all, FeatureWindows.CentredCommandOffset, FeatureWindows.CommandFrames), count, data.Bands, FeatureWindows.CommandFrames);
        progress.Advance(count);

        var confusion = NewMatrix(classes);
        int commandClips = 0, commandCorrect = 0;
        var wakeScores = new List<float>();
        var clipWake = new float[count];
        var decisions = new int[count];
        var forced = new int[count];
        for (int i = 0; i < count; i++)
        {
            int label = data.Clips.Labels[i];
            float pWake = wake[(i * classes) + vocabulary.WakeIndex];
            int commandClass = CommandArgMax(command.AsSpan(i * classes, classes));
            clipWake[i] = pWake;
            decisions[i] = pWake >= threshold ? vocabulary.WakeIndex : commandClass;
            forced[i] = ForcedChoice(command.AsSpan(i * classes, classes), vocabulary);
            confusion[label][decisions[i]]++;
            if (label == vocabulary.WakeIndex)
            {
                wakeScores.Add(pWake);
            }
            else
            {
                commandClips++;
                if (commandClass == label) commandCorrect++;
            }
        }

        var streamScores = new List<(FeatureStream Stream, float[] Scores)>();
        foreach (FeatureStream stream in data.Streams)
        {
            streamScores.Add((stream, StreamScores(model, data, stream)));
            progress.Advance(1);
        }

        double FaPerHour(double t, Func<FeatureStream, bool> which)
        {
            long accepts = streamScores.Where(s => which(s.Stream)).Sum(s => (long)WakeTrigger.Accepts(s.Scores, t, RefractoryWindows));
            long frames = streamScores.Where(s => which(s.Stream)).Sum(s => (long)s.Stream.Frames);
            return WakeTrigger.PerHour(accepts, frames, data.FramesPerHour);
        }

        double Miss(double t) => wakeScores.Count == 0 ? 0 : wakeScores.Count(s => s < t) / (double)wakeScores.Count;

        var accepts = streamScores
            .Select(s => (s.Stream, (IReadOnlyList<int>)WakeTrigger.AcceptedWindows(s.Scores, threshold, RefractoryWindows).Select(w => (w * HubEvaluator.StreamHopFrames) + (FeatureWindows.WakeFrames / 2)).ToList()))
            .ToList();
        var report = new TierReport
        {
            Name = model.Name,
            Accuracy = count == 0 ? 0 : Trace(confusion) / (double)count,
            CommandAccuracy = commandClips == 0 ? 0 : commandCorrect / (double)commandClips,
            WakeMissRate = Miss(threshold),
            FalseAcceptsPerHour = FaPerHour(threshold, _ => true),
            FalseAcceptsPerHourBackground = FaPerHour(threshold, s => s.IsBackground),
            FalseAcceptsPerHourNegativeClips = FaPerHour(threshold, s => !s.IsBackground),
            Threshold = threshold,
            ConfusionLabels = vocabulary.Labels,
            Confusion = confusion,
            Det = DetCurve.Sweep(DetCurve.ProbabilityGrid(threshold), Miss, t => FaPerHour(t, _ => true)),
        };
        return TierBreakdown.With(report, TierOutcome.FromStreams(clipWake, decisions, forced, accepts, data), data);
    }

    /// <summary>The forced choice among the commands only (as a closed-grammar recogniser answers): the most probable command word.</summary>
    public static int ForcedChoice(ReadOnlySpan<float> probabilities, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        int best = -1;
        for (int c = 0; c < probabilities.Length; c++)
        {
            if (TierBreakdown.IsCommand(vocabulary, c) && (best < 0 || probabilities[c] > probabilities[best])) best = c;
        }

        return best;
    }

    /// <summary>P(wake) of the 48-frame windows of <paramref name="stream"/>, every <see cref="HubEvaluator.StreamHopFrames"/> frames.</summary>
    public static float[] StreamScores(IWindowClassifier model, EvalData data, FeatureStream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stream);
        var starts = new List<int>();
        for (int s = 0; s + FeatureWindows.WakeFrames <= stream.Frames; s += HubEvaluator.StreamHopFrames) starts.Add(s);
        return WakeProbabilities(model, data, stream, starts);
    }

    /// <summary>P(wake) of the 48-frame windows of <paramref name="stream"/> starting at <paramref name="starts"/>.</summary>
    public static float[] WakeProbabilities(IWindowClassifier model, EvalData data, FeatureStream stream, IReadOnlyList<int> starts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(starts);
        if (starts.Count == 0) return [];
        int classes = data.Vocabulary.Count;
        float[] p = model.Probabilities(data.StreamInputs(stream, starts, FeatureWindows.WakeFrames), starts.Count, data.Bands, FeatureWindows.WakeFrames);
        return Enumerable.Range(0, starts.Count).Select(w => p[(w * classes) + data.Vocabulary.WakeIndex]).ToArray();
    }

    /// <summary>The command-window decision: the most probable of commands, unknown and silence (never the wake class 0).</summary>
    public static int CommandArgMax(ReadOnlySpan<float> probabilities)
    {
        int best = 1;
        for (int c = 2; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best]) best = c;
        }

        return best;
    }

    internal static int[][] NewMatrix(int n) => Enumerable.Range(0, n).Select(_ => new int[n]).ToArray();

    internal static int Trace(int[][] matrix) => Enumerable.Range(0, matrix.Length).Sum(i => matrix[i][i]);
}
