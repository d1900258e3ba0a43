namespace WearableAI.Firmware.Host.Signals;

/// <summary>
/// Deterministic test signals for budgets and tests: a voiced, syllable-modulated harmonic
/// stack (speech-like: 120–180 Hz pitch, 4 Hz syllables, energy up to 3 kHz) and quiet noise.
/// Not speech — only enough like it to open the voice gate and load the front end.
/// </summary>
public static class SpeechLikeSignal
{
    /// <summary>Speech-like samples at <paramref name="sampleRate"/>.</summary>
    /// <param name="seconds">Length.</param>
    /// <param name="seed">Noise and pitch seed.</param>
    /// <param name="sampleRate">Hz.</param>
    /// <param name="amplitude">Peak of the harmonic stack (int16 units).</param>
    public static short[] Speech(double seconds, int seed, int sampleRate = 16000, double amplitude = 6000)
    {
        Random rng = new(seed);
        int n = (int)(seconds * sampleRate);
        short[] pcm = new short[n];
        double phase = 0;
        double pitch = 120 + (rng.NextDouble() * 60);
        for (int i = 0; i < n; i++)
        {
            double t = (double)i / sampleRate;
            double f0 = pitch * (1 + (0.08 * Math.Sin(2 * Math.PI * 0.7 * t)));
            phase += 2 * Math.PI * f0 / sampleRate;
            double syllable = Math.Max(0, Math.Sin(2 * Math.PI * 4 * t));
            double voiced = 0;
            for (int h = 1; h * f0 < 3000; h++)
            {
                voiced += Math.Sin(h * phase) / h;
            }

            double noise = (rng.NextDouble() - 0.5) * 200;
            pcm[i] = Clamp((amplitude * syllable * voiced * 0.5) + noise);
        }

        return pcm;
    }

    /// <summary>White noise of peak ±<paramref name="amplitude"/> (a quiet room and a microphone's own hiss).</summary>
    /// <param name="seconds">Length.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="amplitude">Peak (int16 units).</param>
    /// <param name="sampleRate">Hz.</param>
    public static short[] Noise(double seconds, int seed, int amplitude = 30, int sampleRate = 16000)
    {
        Random rng = new(seed);
        short[] pcm = new short[(int)(seconds * sampleRate)];
        for (int i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)rng.Next(-amplitude, amplitude + 1);
        }

        return pcm;
    }

    /// <summary>Joins signals end to end.</summary>
    /// <param name="parts">Signals.</param>
    public static short[] Concat(params short[][] parts) => parts.SelectMany(p => p).ToArray();

    private static short Clamp(double value) => (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
}
