namespace WearableAI.FrontEndReference;

/// <summary>
/// Deterministic speech-like test signals at 16 kHz (chirps, harmonic vowels with formants,
/// noise, silence, quiet and clipped loud passages) for golden vectors and accuracy figures.
/// The WAV files written from them are the golden inputs; nothing re-synthesises them in tests.
/// </summary>
public static class SyntheticSpeech
{
    public const int SampleRate = 16000;

    /// <summary>The named signals of the golden set, about 1 s each.</summary>
    public static IReadOnlyList<(string Name, short[] Pcm)> GoldenSet() =>
    [
        ("chirp", Chirp(1.0, 80, 4000, 12000)),
        ("vowels", Vowels(1.0, 8000, seed: 1)),
        ("noise", Noise(1.0, 3000, seed: 2)),
        ("silence_quiet_loud", SilenceQuietLoud()),
        ("syllables", Syllables(1.2, seed: 3)),
    ];

    /// <summary>Logarithmic sweep from <paramref name="f0"/> to <paramref name="f1"/> Hz.</summary>
    public static short[] Chirp(double seconds, double f0, double f1, double amplitude)
    {
        int n = (int)(seconds * SampleRate);
        var x = new double[n];
        double phase = 0;
        for (int i = 0; i < n; i++)
        {
            double f = f0 * Math.Pow(f1 / f0, (double)i / n);
            phase += 2 * Math.PI * f / SampleRate;
            x[i] = amplitude * Math.Sin(phase);
        }

        return ToPcm(x);
    }

    /// <summary>A sequence of vowels /a/, /i/, /u/: harmonics of a gliding f0 shaped by three formants.</summary>
    public static short[] Vowels(double seconds, double amplitude, int seed)
    {
        double[][] formants = [[730, 1090, 2440], [270, 2290, 3010], [300, 870, 2240]];
        int n = (int)(seconds * SampleRate);
        var x = new double[n];
        var rng = new Xorshift(seed);
        double phase = 0;
        for (int i = 0; i < n; i++)
        {
            double t = (double)i / SampleRate;
            int vowel = (int)(t / seconds * formants.Length) % formants.Length;
            double f0 = 110 + 30 * Math.Sin(2 * Math.PI * 1.5 * t) + 2 * rng.NextGaussian();
            phase += 2 * Math.PI * f0 / SampleRate;
            double sum = 0;
            for (int h = 1; h * f0 < 3900; h++)
            {
                double gain = 0;
                foreach (double fc in formants[vowel]) gain += 1 / (1 + Math.Pow((h * f0 - fc) / 90, 2));
                sum += gain / Math.Sqrt(h) * Math.Sin(h * phase);
            }

            x[i] = amplitude / 3 * sum * Envelope(t, 0, seconds);
        }

        return ToPcm(x);
    }

    /// <summary>Gaussian noise with a gentle low-pass tilt (one-pole, a = 0.6).</summary>
    public static short[] Noise(double seconds, double rms, int seed)
    {
        int n = (int)(seconds * SampleRate);
        var x = new double[n];
        var rng = new Xorshift(seed);
        double y = 0;
        for (int i = 0; i < n; i++)
        {
            y = 0.6 * y + 0.8 * rng.NextGaussian();
            x[i] = rms * y;
        }

        return ToPcm(x);
    }

    /// <summary>0.3 s digital silence, 0.35 s very quiet vowel (peaks ~40 LSB), 0.35 s vowel clipped at full scale.</summary>
    public static short[] SilenceQuietLoud()
    {
        short[] quiet = Vowels(0.35, 40, seed: 4);
        short[] loud = Vowels(0.35, 90000, seed: 5);
        return [.. new short[(int)(0.3 * SampleRate)], .. quiet, .. loud];
    }

    /// <summary>Syllable-like bursts: voiced vowels, noise "fricatives" and pauses over background noise.</summary>
    public static short[] Syllables(double seconds, int seed)
    {
        int n = (int)(seconds * SampleRate);
        var x = new double[n];
        var rng = new Xorshift(seed);
        short[] vowel = Vowels(0.2, 6000, seed + 10);
        short[] fricative = Chirp(0.08, 3000, 3900, 1500);
        int at = 800;
        while (at < n)
        {
            for (int i = 0; i < fricative.Length && at + i < n; i++) x[at + i] += fricative[i] * rng.NextDouble();
            at += fricative.Length;
            for (int i = 0; i < vowel.Length && at + i < n; i++) x[at + i] += vowel[i];
            at += vowel.Length + 1600;
        }

        for (int i = 0; i < n; i++) x[i] += 30 * rng.NextGaussian();
        return ToPcm(x);
    }

    private static double Envelope(double t, double start, double end)
    {
        const double Ramp = 0.02;
        return Math.Clamp(Math.Min(t - start, end - t) / Ramp, 0, 1);
    }

    private static short[] ToPcm(double[] x) =>
        x.Select(v => (short)Math.Clamp(Math.Round(v), short.MinValue, short.MaxValue)).ToArray();

    /// <summary>Small deterministic generator (xorshift64*), stable across .NET versions unlike seeded System.Random.</summary>
    private sealed class Xorshift(int seed)
    {
        private ulong _state = 0x9E3779B97F4A7C15UL ^ (ulong)(seed + 1) * 0xBF58476D1CE4E5B9UL;

        public double NextDouble()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return ((_state * 0x2545F4914F6CDD1DUL) >> 11) * (1.0 / (1UL << 53));
        }

        public double NextGaussian() => NextDouble() + NextDouble() + NextDouble() + NextDouble() - 2.0;
    }
}
