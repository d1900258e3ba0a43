namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// Plays the audio faster or slower, like a tape: length divides by the factor and pitch
/// multiplies by it (resampling with linear interpolation; factors near 1 alias negligibly).
/// </summary>
/// <param name="MinFactor">Slowest speed (e.g. 0.9 = 10 % slower, lower).</param>
/// <param name="MaxFactor">Fastest speed.</param>
public sealed record SpeedChange(double MinFactor = 0.9, double MaxFactor = 1.1)
{
    /// <summary>The audio at a random speed in [<see cref="MinFactor"/>, <see cref="MaxFactor"/>).</summary>
    public float[] Apply(float[] audio, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Apply(audio, random.Uniform(MinFactor, MaxFactor));
    }

    /// <summary>The audio played at <paramref name="factor"/> times its speed.</summary>
    public static float[] Apply(float[] audio, double factor)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        int length = Math.Max(1, (int)Math.Round(audio.Length / factor));
        var output = new float[length];
        for (int n = 0; n < length; n++)
        {
            double position = n * factor;
            int i = (int)position;
            double f = position - i;
            float a = i < audio.Length ? audio[i] : 0f;
            float b = i + 1 < audio.Length ? audio[i + 1] : 0f;
            output[n] = (float)(a + (b - a) * f);
        }

        return output;
    }
}
