using WearableAI.Training.Data;
using static TorchSharp.torch;

namespace WearableAI.Training.Hub;

/// <summary>
/// Measures a hub-style classifier the way the hub uses it: wake verification as P(wake) over the
/// 48-frame window, command classification as the argmax over commands, unknown and silence on the
/// 40-frame window, and false accepts per hour while streaming held-out background recordings.
/// </summary>
public sealed class HubEvaluator
{
    /// <summary>Hop between streamed wake windows, frames (0.256 s).</summary>
    public const int StreamHopFrames = 8;

    private readonly ClipFeatures _clips;
    private readonly IReadOnlyList<BackgroundStream> _background;
    private readonly Vocabulary _vocabulary;
    private readonly float[] _wakeInputs;
    private readonly float[] _commandInputs;
    private readonly int[] _commandClips;
    private readonly double _framesPerHour;

    /// <summary>Prepares the inputs of one split.</summary>
    /// <param name="clips">The split's clips.</param>
    /// <param name="background">Background recordings; their held-out parts are streamed (may be empty).</param>
    /// <param name="vocabulary">The classes.</param>
    /// <param name="framesPerHour">Feature frames per hour of audio (from the front-end settings).</param>
    /// <param name="threshold">P(wake) at or above which the wake word counts as verified.</param>
    public HubEvaluator(ClipFeatures clips, IReadOnlyList<BackgroundStream> background, Vocabulary vocabulary, double framesPerHour, double threshold = 0.5)
    {
        _framesPerHour = framesPerHour;
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _clips = clips;
        _background = background;
        _vocabulary = vocabulary;
        Threshold = threshold;
        WindowSet all = WindowSet.FromClips(clips);
        int[] every = Enumerable.Range(0, clips.Count).ToArray();
        _wakeInputs = BatchBuilder.Build(all, every, FeatureWindows.WakeFrames, false, AugmentationSettings.None, new Random(0)).Features;
        _commandClips = every.Where(i => clips.Labels[i] != vocabulary.WakeIndex).ToArray();
        _commandInputs = BatchBuilder.Build(all, _commandClips, FeatureWindows.CommandFrames, false, AugmentationSettings.None, new Random(0)).Features;
    }

    /// <summary>The wake verification threshold on P(wake).</summary>
    public double Threshold { get; }

    /// <summary>Evaluates <paramref name="model"/>; streams the background only when <paramref name="streamBackground"/>.</summary>
    public HubMetrics Evaluate(nn.Module<Tensor, Tensor> model, bool streamBackground)
    {
        ArgumentNullException.ThrowIfNull(model);
        int bands = _clips.Bands;
        int classes = _vocabulary.Count;
        float[] wake = ModelInference.Probabilities(model, _wakeInputs, _clips.Count, bands, FeatureWindows.WakeFrames);
        int wakeClips = 0, recalled = 0, others = 0, falseAccepts = 0;
        var wakeScores = new List<float>();
        var otherScores = new List<float>();
        for (int i = 0; i < _clips.Count; i++)
        {
            float p = wake[i * classes + _vocabulary.WakeIndex];
            bool accepted = p >= Threshold;
            if (_clips.Labels[i] == _vocabulary.WakeIndex)
            {
                wakeClips++;
                wakeScores.Add(p);
                if (accepted) recalled++;
            }
            else
            {
                others++;
                otherScores.Add(p);
                if (accepted) falseAccepts++;
            }
        }

        float[] command = ModelInference.Probabilities(model, _commandInputs, _commandClips.Length, bands, FeatureWindows.CommandFrames);
        int correct = 0;
        var perLabel = new int[classes];
        var rightPerLabel = new int[classes];
        for (int k = 0; k < _commandClips.Length; k++)
        {
            int label = _clips.Labels[_commandClips[k]];
            perLabel[label]++;
            if (CommandArgMax(command.AsSpan(k * classes, classes)) == label)
            {
                correct++;
                rightPerLabel[label]++;
            }
        }

        double? perHour = null;
        double hours = 0;
        if (streamBackground && _background.Count > 0)
        {
            (int accepts, hours) = StreamFalseAccepts(model, bands);
            perHour = hours > 0 ? accepts / hours : null;
        }

        int[] commandLabels = Enumerable.Range(1, _vocabulary.Commands.Count).Where(c => perLabel[c] > 0).ToArray();
        return new HubMetrics(
            _commandClips.Length == 0 ? 0 : (double)correct / _commandClips.Length,
            wakeClips == 0 ? 0 : (double)recalled / wakeClips,
            others == 0 ? 0 : (double)falseAccepts / others,
            perHour,
            hours,
            _clips.Count)
        {
            WakeRecallAtFalseAcceptTarget = RecallAtFalseAcceptRate(wakeScores, otherScores, HubMetrics.FalseAcceptTarget),
            CommandAccuracyMean = commandLabels.Length == 0 ? 0 : commandLabels.Average(c => (double)rightPerLabel[c] / perLabel[c]),
            UnknownRejected = perLabel[_vocabulary.UnknownIndex] == 0 ? 0 : (double)rightPerLabel[_vocabulary.UnknownIndex] / perLabel[_vocabulary.UnknownIndex],
        };
    }

    /// <summary>
    /// Recall of <paramref name="positives"/> at the lowest threshold that lets at most <paramref name="rate"/> of
    /// <paramref name="negatives"/> reach it (a score must exceed every negative above the allowance).
    /// </summary>
    public static double RecallAtFalseAcceptRate(IReadOnlyCollection<float> positives, IReadOnlyCollection<float> negatives, double rate)
    {
        ArgumentNullException.ThrowIfNull(positives);
        ArgumentNullException.ThrowIfNull(negatives);
        if (positives.Count == 0) return 0;
        float[] sorted = [.. negatives.OrderDescending()];
        int allowed = (int)Math.Floor(rate * sorted.Length);
        float bar = allowed < sorted.Length ? sorted[allowed] : float.NegativeInfinity;
        return positives.Count(p => p > bar) / (double)positives.Count;
    }

    /// <summary>The command-window decision: the most probable of commands, unknown and silence (never the wake class).</summary>
    public int CommandArgMax(ReadOnlySpan<float> probabilities)
    {
        int best = 1;
        for (int c = 2; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best]) best = c;
        }

        return best;
    }

    private (int Accepts, double Hours) StreamFalseAccepts(nn.Module<Tensor, Tensor> model, int bands)
    {
        int accepts = 0;
        long frames = 0;
        foreach (BackgroundStream stream in _background)
        {
            int first = stream.TrainingFrames;
            var starts = new List<int>();
            for (int s = first; s + FeatureWindows.WakeFrames <= stream.Frames; s += StreamHopFrames) starts.Add(s);
            if (starts.Count == 0) continue;
            frames += stream.Frames - first;
            var inputs = new float[starts.Count * bands * FeatureWindows.WakeFrames];
            for (int w = 0; w < starts.Count; w++)
            {
                for (int f = 0; f < FeatureWindows.WakeFrames; f++)
                {
                    for (int b = 0; b < bands; b++)
                    {
                        inputs[(w * bands + b) * FeatureWindows.WakeFrames + f] = stream.Features[(starts[w] + f) * bands + b];
                    }
                }
            }

            float[] p = ModelInference.Probabilities(model, inputs, starts.Count, bands, FeatureWindows.WakeFrames);
            bool previous = false;
            for (int w = 0; w < starts.Count; w++)
            {
                bool accepted = p[w * _vocabulary.Count + _vocabulary.WakeIndex] >= Threshold;
                if (accepted && !previous) accepts++;
                previous = accepted;
            }
        }

        return (accepts, frames / _framesPerHour);
    }
}
