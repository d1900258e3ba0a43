namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// Speaks faster or slower at the same pitch: WSOLA (waveform-similarity overlap-add). The
/// output is built from 30 ms Hann-windowed frames at a fixed 15 ms hop; each frame is read
/// near where the tempo says it should start, shifted by up to ±7.5 ms to the place that best
/// continues the previous frame (cross-correlation), so periods line up and no phasing is heard.
/// Length divides by the factor.
/// </summary>
/// <param name="MinFactor">Slowest tempo (0.85 = 15 % slower).</param>
/// <param name="MaxFactor">Fastest tempo.</param>
/// <param name="SampleRate">Hz.</param>
public sealed record TempoChange(double MinFactor = 0.85, double MaxFactor = 1.15, int SampleRate = SynthesisSettings.SampleRate)
{
    /// <summary>The audio at a random tempo in [<see cref="MinFactor"/>, <see cref="MaxFactor"/>).</summary>
    public float[] Apply(float[] audio, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Apply(audio, random.Uniform(MinFactor, MaxFactor), SampleRate);
    }

    /// <summary>The audio at <paramref name="factor"/> times its tempo, pitch unchanged.</summary>
    public static float[] Apply(float[] audio, double factor, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        int frame = sampleRate * 30 / 1000, hop = frame / 2, tolerance = hop / 2;
        int length = Math.Max(1, (int)Math.Round(audio.Length / factor));
        var output = new float[length + frame];
        var weight = new float[length + frame];
        var window = new float[frame];
        for (int i = 0; i < frame; i++) window[i] = (float)(0.5 - 0.5 * Math.Cos(2 * Math.PI * i / frame));

        int previous = 0; // where the last frame was read from
        for (int outStart = 0; outStart < length; outStart += hop)
        {
            int nominal = (int)Math.Round(outStart * factor);
            int best = nominal;
            if (outStart > 0)
            {
                // The natural continuation of the previous frame, one hop on, is what this frame should resemble.
                int natural = previous + hop;
                double bestScore = double.NegativeInfinity;
                for (int delta = -tolerance; delta <= tolerance; delta++)
                {
                    int candidate = nominal + delta;
                    if (candidate < 0) continue;
                    double score = 0;
                    for (int i = 0; i < hop; i++) score += Sample(audio, natural + i) * Sample(audio, candidate + i);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = candidate;
                    }
                }
            }

            for (int i = 0; i < frame; i++)
            {
                output[outStart + i] += Sample(audio, best + i) * window[i];
                weight[outStart + i] += window[i];
            }

            previous = best;
        }

        var result = new float[length];
        for (int i = 0; i < length; i++) result[i] = weight[i] > 1e-3f ? output[i] / weight[i] : output[i];
        return result;
    }

    private static float Sample(float[] audio, int index) => index >= 0 && index < audio.Length ? audio[index] : 0f;
}
