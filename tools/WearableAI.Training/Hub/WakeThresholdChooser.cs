using WearableAI.Training.Data;
using static TorchSharp.torch;

namespace WearableAI.Training.Hub;

/// <summary>
/// Chooses the hub's P(wake) threshold on the validation split (voices that are neither training nor
/// test voices): the smallest threshold whose false accepts per hour — over every validation negative
/// clip streamed back to back (running speech with word boundaries anywhere, as the watch sends it) and
/// the held-out noise — meet the target while the wake miss rate stays within its limit; when no
/// threshold meets both, the highest threshold within the miss limit (fewest false accepts the recall
/// allows). The test split never takes part, so the test figures stay honest.
/// </summary>
public static class WakeThresholdChooser
{
    /// <summary>Thresholds tried, ascending.</summary>
    public static IReadOnlyList<double> Grid { get; } = [.. Enumerable.Range(50, 50).Select(i => i / 100.0), 0.995, 0.999];

    /// <summary>Chooses the threshold for <paramref name="model"/>.</summary>
    public static WakeThresholdChoice Choose(nn.Module<Tensor, Tensor> model, ClipFeatures validation, IReadOnlyList<BackgroundStream> background, Vocabulary vocabulary, double framesPerHour, double targetPerHour, double maxMissRate)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(vocabulary);
        int bands = validation.Bands;
        int stored = FeatureWindows.StoredFrames;
        int[] wake = [.. Enumerable.Range(0, validation.Count).Where(i => validation.Labels[i] == vocabulary.WakeIndex)];
        float[] wakeP = Wake(model, validation.Windows, bands, wake.Select(i => i * stored), vocabulary);

        // Negative clips back to back, then each held-out noise recording: P(wake) every hop.
        var streams = new List<sbyte[]> { Concatenate(validation, bands, vocabulary) };
        streams.AddRange(background.Where(s => !s.HoldsSpeech).Select(s => s.Features.AsSpan(s.TrainingFrames * bands).ToArray()));
        var streamP = new List<float[]>();
        long frames = 0;
        foreach (sbyte[] stream in streams)
        {
            int length = stream.Length / bands;
            frames += length;
            var starts = new List<int>();
            for (int s = 0; s + FeatureWindows.WakeFrames <= length; s += HubEvaluator.StreamHopFrames) starts.Add(s);
            streamP.Add(Wake(model, stream, bands, starts, vocabulary));
        }

        double hours = frames / framesPerHour;
        double Miss(double t) => wake.Length == 0 ? 0 : wakeP.Count(p => p < t) / (double)wake.Length;
        double PerHour(double t) => hours <= 0 ? 0 : streamP.Sum(p => Accepts(p, t)) / hours;

        double? meets = Grid.Cast<double?>().FirstOrDefault(t => PerHour(t!.Value) <= targetPerHour && Miss(t.Value) <= maxMissRate);
        if (meets is double chosen)
        {
            return new WakeThresholdChoice(chosen, Miss(chosen), PerHour(chosen), hours, targetPerHour, maxMissRate, $"smallest threshold with ≤ {targetPerHour} false accepts/h and ≤ {maxMissRate:P0} misses on validation");
        }

        double best = Grid.Where(t => Miss(t) <= maxMissRate).DefaultIfEmpty(Grid[0]).Max();
        return new WakeThresholdChoice(best, Miss(best), PerHour(best), hours, targetPerHour, maxMissRate, $"the target of {targetPerHour} false accepts/h is out of reach within {maxMissRate:P0} misses on validation: highest threshold within the miss limit");
    }

    /// <summary>Accepts counted as the hub counts them: a run of accepted windows is one accept.</summary>
    private static int Accepts(float[] p, double threshold)
    {
        int accepts = 0;
        bool previous = false;
        foreach (float value in p)
        {
            bool accepted = value >= threshold;
            if (accepted && !previous) accepts++;
            previous = accepted;
        }

        return accepts;
    }

    private static sbyte[] Concatenate(ClipFeatures clips, int bands, Vocabulary vocabulary)
    {
        int length = FeatureWindows.StoredFrames * bands;
        var stream = new List<sbyte>();
        for (int i = 0; i < clips.Count; i++)
        {
            if (clips.Labels[i] != vocabulary.WakeIndex) stream.AddRange(clips.Windows.AsSpan(i * length, length));
        }

        return [.. stream];
    }

    private static float[] Wake(nn.Module<Tensor, Tensor> model, sbyte[] stream, int bands, IEnumerable<int> starts, Vocabulary vocabulary)
    {
        int[] at = [.. starts];
        const int Batch = 512;
        int frames = FeatureWindows.WakeFrames;
        var result = new float[at.Length];
        for (int first = 0; first < at.Length; first += Batch)
        {
            int count = Math.Min(Batch, at.Length - first);
            var inputs = new float[count * bands * frames];
            for (int w = 0; w < count; w++)
            {
                for (int f = 0; f < frames; f++)
                {
                    for (int b = 0; b < bands; b++)
                    {
                        inputs[(w * bands + b) * frames + f] = stream[(at[first + w] + f) * bands + b];
                    }
                }
            }

            float[] p = ModelInference.Probabilities(model, inputs, count, bands, frames);
            for (int w = 0; w < count; w++) result[first + w] = p[w * vocabulary.Count + vocabulary.WakeIndex];
        }

        return result;
    }
}
