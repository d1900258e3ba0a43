namespace WearableAI.Training.Hub;

/// <summary>
/// Vocal-tract-length perturbation in the feature domain: the mel axis of every frame is
/// stretched by a factor (0.85–1.15; above 1 moves formants up, as a shorter vocal tract does).
/// Output band <c>b</c> takes the value at input position <c>b / factor</c>, linearly
/// interpolated between the two neighbouring bands; positions past the top band repeat the top
/// band. Pure: arrays in, arrays out, nothing allocated.
/// </summary>
public static class MelWarp
{
    /// <summary>Smallest factor drawn by <see cref="RandomFactor"/>.</summary>
    public const double MinFactor = 0.85;

    /// <summary>Largest factor drawn by <see cref="RandomFactor"/>.</summary>
    public const double MaxFactor = 1.15;

    /// <summary>A factor uniform in [<see cref="MinFactor"/>, <see cref="MaxFactor"/>).</summary>
    public static double RandomFactor(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return MinFactor + (MaxFactor - MinFactor) * random.NextDouble();
    }

    /// <summary>
    /// Warps a block of int8 frames stored frame after frame (<c>[frames, bands]</c>) into
    /// <paramref name="warped"/> (same length; must not overlap <paramref name="frames"/>).
    /// </summary>
    public static void Apply(ReadOnlySpan<sbyte> frames, Span<sbyte> warped, int bands, double factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bands);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        if (warped.Length != frames.Length || frames.Length % bands != 0) throw new ArgumentException("the blocks must be whole frames of the same length", nameof(warped));
        for (int start = 0; start < frames.Length; start += bands)
        {
            for (int b = 0; b < bands; b++)
            {
                (int low, int high, double w) = Source(b, bands, factor);
                double v = frames[start + low] + (frames[start + high] - frames[start + low]) * w;
                warped[start + b] = (sbyte)Math.Clamp(Math.Round(v), -128, 127);
            }
        }
    }

    /// <summary>
    /// Warps model input in place in the model's <c>[bands, frames]</c> float layout (as
    /// <see cref="BatchBuilder"/> writes it), one frame at a time through <paramref name="column"/>
    /// (scratch of at least <paramref name="bands"/> floats).
    /// </summary>
    public static void ApplyBandMajor(Span<float> input, int bands, int frames, double factor, Span<float> column)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bands);
        if (input.Length != bands * frames || column.Length < bands) throw new ArgumentException("input must be bands × frames and the scratch column at least bands long", nameof(input));
        for (int f = 0; f < frames; f++)
        {
            for (int b = 0; b < bands; b++) column[b] = input[(b * frames) + f];
            for (int b = 0; b < bands; b++)
            {
                (int low, int high, double w) = Source(b, bands, factor);
                input[(b * frames) + f] = (float)(column[low] + (column[high] - column[low]) * w);
            }
        }
    }

    private static (int Low, int High, double Weight) Source(int band, int bands, double factor)
    {
        double position = Math.Min(band / factor, bands - 1);
        int low = (int)position;
        int high = Math.Min(low + 1, bands - 1);
        return (low, high, position - low);
    }
}
