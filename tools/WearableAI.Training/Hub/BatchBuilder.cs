namespace WearableAI.Training.Hub;

/// <summary>
/// Cuts model inputs out of a <see cref="WindowSet"/>: a crop of <c>frames</c> frames of each stored
/// window (or of two stitched windows, <see cref="WindowStitcher"/>), transposed to the model's
/// <c>[batch, bands, frames]</c> float layout, optionally augmented (level shift, mel-axis warp, time and
/// frequency masks filled with the window's mean).
/// </summary>
public static class BatchBuilder
{
    /// <summary>Builds one batch.</summary>
    /// <param name="set">Where the windows come from.</param>
    /// <param name="indices">Windows to take.</param>
    /// <param name="frames">Frames per model input (≤ stored frames).</param>
    /// <param name="randomCrop">True: each crop starts at a random frame; false: the centred crop.</param>
    /// <param name="augmentation">Masking and level jitter (<see cref="AugmentationSettings.None"/> for none).</param>
    /// <param name="random">Source of randomness (seeded by the caller).</param>
    /// <param name="stitcher">Stitches some windows with a partner (training only; see <see cref="WindowStitcher"/>); null for none.</param>
    /// <param name="wholeInTime">A class whose windows get no time mask and, when shorter than stored, the centred crop (the wake
    /// phrase: with its "no" masked or cropped out, "hey nano" is the truncated "hey na–" the negatives teach as unknown); null:
    /// every window may be masked and cropped anywhere.</param>
    /// <returns>The features <c>[indices.Length, bands, frames]</c> as a flat array, and the labels.</returns>
    public static (float[] Features, long[] Labels) Build(WindowSet set, ReadOnlySpan<int> indices, int frames, bool randomCrop, AugmentationSettings augmentation, Random random, WindowStitcher? stitcher = null, int? wholeInTime = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(augmentation);
        ArgumentNullException.ThrowIfNull(random);
        int bands = set.Bands;
        int stored = set.WindowLength / bands;
        var features = new float[indices.Length * bands * frames];
        var labels = new long[indices.Length];
        Span<float> column = stackalloc float[bands];
        for (int b = 0; b < indices.Length; b++)
        {
            int window = indices[b];
            labels[b] = set.Labels[window];
            int first = window, second = window, crop;
            if (stitcher == null || !stitcher.TryStitch(window, frames, random, out first, out second, out crop))
            {
                crop = randomCrop && labels[b] != wholeInTime ? random.Next(stored - frames + 1) : (stored - frames) / 2;
            }

            int level = augmentation.MaxLevelShift > 0 ? random.Next(-augmentation.MaxLevelShift, augmentation.MaxLevelShift + 1) : 0;
            Span<float> input = features.AsSpan(b * bands * frames, bands * frames);
            double sum = CopyCrop(set, first, second, crop, level, input, frames);
            if (augmentation.MelWarpProbability > 0 && random.NextDouble() < augmentation.MelWarpProbability)
            {
                MelWarp.ApplyBandMajor(input, bands, frames, MelWarp.RandomFactor(random), column);
            }

            Mask(input, bands, frames, (float)(sum / (bands * frames)), augmentation, timeMasks: labels[b] != wholeInTime, random);
        }

        return (features, labels);
    }

    /// <summary>
    /// Frames <c>crop … crop + frames − 1</c> of two stored windows side by side, [first | second] (the same
    /// window twice for a plain crop), shifted by <paramref name="level"/> and clamped to int8, transposed to the
    /// model's <c>[bands, frames]</c> layout in <paramref name="target"/>.
    /// </summary>
    /// <returns>The sum of the values written (for the mask fill).</returns>
    public static double CopyCrop(WindowSet set, int first, int second, int crop, int level, Span<float> target, int frames)
    {
        ArgumentNullException.ThrowIfNull(set);
        int bands = set.Bands;
        int stored = set.WindowLength / bands;
        double sum = 0;
        for (int f = 0; f < frames; f++)
        {
            int frame = crop + f; // in [first | second]
            int source = frame < stored ? (first * set.WindowLength) + (frame * bands) : (second * set.WindowLength) + ((frame - stored) * bands);
            for (int band = 0; band < bands; band++)
            {
                float value = Math.Clamp(set.Windows[source + band] + level, -128, 127);
                target[(band * frames) + f] = value;
                sum += value;
            }
        }

        return sum;
    }

    private static void Mask(Span<float> input, int bands, int frames, float fill, AugmentationSettings augmentation, bool timeMasks, Random random)
    {
        for (int m = 0; timeMasks && m < augmentation.TimeMasks && augmentation.MaxTimeMask > 0; m++)
        {
            int width = random.Next(augmentation.MaxTimeMask + 1);
            int start = random.Next(frames - width + 1);
            for (int band = 0; band < bands; band++) input.Slice(band * frames + start, width).Fill(fill);
        }

        for (int m = 0; m < augmentation.FrequencyMasks && augmentation.MaxFrequencyMask > 0; m++)
        {
            int width = random.Next(augmentation.MaxFrequencyMask + 1);
            int start = random.Next(bands - width + 1);
            input.Slice(start * frames, width * frames).Fill(fill);
        }
    }
}
