using TorchSharp;
using WearableAI.Training.Data;
using static TorchSharp.torch;

namespace WearableAI.Training.Hub;

/// <summary>
/// Hard-negative mining: the training negatives the model now takes for the wake phrase. Every
/// negative window of the training set — running speech of every engine, confusable and truncated
/// phrases, unknown words, silence — is scored as a wake window (a random crop, as the watch's
/// window falls anywhere); those whose wake probability reaches <see cref="MinProbability"/> are the
/// hard ones, strongest first. <see cref="ClassifierTrainer"/> shows them again in later epochs
/// with a weight that rises each round.
/// </summary>
public static class HardNegativeMiner
{
    /// <summary>A negative is hard when the model gives the wake class at least this probability.</summary>
    public const double MinProbability = 0.2;

    /// <summary>The hard negatives of <paramref name="set"/> (window indices, hardest first), at most <paramref name="max"/>.</summary>
    public static int[] Mine(nn.Module<Tensor, Tensor> model, WindowSet set, int wakeLabel, int max, Random random)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(random);
        int[] negatives = Enumerable.Range(0, set.Count).Where(i => set.Labels[i] != wakeLabel).ToArray();
        var scored = new List<(int Index, float Probability)>();
        const int chunk = 512;
        for (int start = 0; start < negatives.Length; start += chunk)
        {
            int[] indices = negatives[start..Math.Min(negatives.Length, start + chunk)];
            (float[] features, _) = BatchBuilder.Build(set, indices, FeatureWindows.WakeFrames, randomCrop: true, AugmentationSettings.None, random);
            float[] probabilities = ModelInference.Probabilities(model, features, indices.Length, set.Bands, FeatureWindows.WakeFrames);
            int classes = probabilities.Length / indices.Length;
            for (int k = 0; k < indices.Length; k++)
            {
                float p = probabilities[k * classes + wakeLabel];
                if (p >= MinProbability) scored.Add((indices[k], p));
            }
        }

        return scored.OrderByDescending(s => s.Probability).ThenBy(s => s.Index).Take(max).Select(s => s.Index).ToArray();
    }
}
