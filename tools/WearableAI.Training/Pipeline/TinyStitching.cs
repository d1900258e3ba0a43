using WearableAI.Training.Data;
using WearableAI.Training.Hub;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// Extra training windows for the watch model, stitched from two stored windows the way the watch
/// hears audio — continuously, not one centred clip at a time (only frames move: frames are
/// independent with the default front end, see <see cref="WindowStitcher"/>):
/// <list type="bullet">
/// <item><b>Running speech</b> (<c>unknown</c>): a speech window that is not the wake phrase (a command
/// word or other speech) beside another non-wake window, in either order, cropped anywhere — partial
/// words at both edges, word after word, as in a conversation. The tiny model streams through exactly
/// such audio all day, and every trigger there is a false one.</item>
/// <item><b>Wake phrase after other sounds</b> (wake): a non-wake window, then a wake window, cropped so the
/// phrase moves 1…<see cref="WindowStitcher.MaxShiftFrames"/> frames towards the window's end — the
/// phrase as it follows speech or noise instead of its own clip's quiet start.</item>
/// </list>
/// The pipeline adds them once (the tiny trainer takes fixed tensors), with the teacher's logits computed
/// on them like on every other window.
/// </summary>
public static class TinyStitching
{
    /// <summary>Builds <paramref name="share"/> × the number of windows in <paramref name="set"/> stitched windows.</summary>
    /// <param name="set">Training windows (labels are hub classes).</param>
    /// <param name="vocabulary">Which hub class is the wake phrase and which is silence.</param>
    /// <param name="share">Stitched windows per window of the set (0 = none).</param>
    /// <param name="random">Seeded source of randomness.</param>
    /// <returns>Features <c>[n, bands, WakeFrames]</c> as a flat array, and their hub-class labels.</returns>
    public static (float[] Features, long[] Labels) Build(WindowSet set, Vocabulary vocabulary, double share, Random random)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(share);
        int[] wake = Indices(set, l => l == vocabulary.WakeIndex);
        int[] speech = Indices(set, l => l != vocabulary.WakeIndex && l != vocabulary.SilenceIndex);
        int[] other = Indices(set, l => l != vocabulary.WakeIndex);
        int count = (int)Math.Round(share * set.Count);
        if (count == 0 || speech.Length == 0 || other.Length == 0)
        {
            return ([], []);
        }

        int frames = FeatureWindows.WakeFrames;
        int stored = FeatureWindows.StoredFrames;
        int bands = set.Bands;
        var features = new float[count * bands * frames];
        var labels = new long[count];
        int wakeShare = wake.Length == 0 ? 0 : (int)Math.Round(count * wake.Length / (double)set.Count);
        for (int n = 0; n < count; n++)
        {
            int first, second, crop;
            if (n < wakeShare)
            {
                (first, second) = (other[random.Next(other.Length)], wake[random.Next(wake.Length)]);
                crop = stored - random.Next(1, WindowStitcher.MaxShiftFrames + 1);
                labels[n] = vocabulary.WakeIndex;
            }
            else
            {
                int word = speech[random.Next(speech.Length)];
                int partner = other[random.Next(other.Length)];
                (first, second) = random.Next(2) == 0 ? (word, partner) : (partner, word);
                crop = random.Next((2 * stored) - frames + 1);
                labels[n] = vocabulary.UnknownIndex;
            }

            BatchBuilder.CopyCrop(set, first, second, crop, level: 0, features.AsSpan(n * bands * frames, bands * frames), frames);
        }

        return (features, labels);
    }

    private static int[] Indices(WindowSet set, Func<int, bool> label) => [.. Enumerable.Range(0, set.Count).Where(i => label(set.Labels[i]))];
}
