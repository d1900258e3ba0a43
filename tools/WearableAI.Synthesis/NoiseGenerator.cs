namespace WearableAI.Synthesis;

/// <summary>
/// Generates the non-speech noise kinds at unit RMS, deterministically from a
/// <see cref="ClipRandom"/>. Used both to augment clips and for the long
/// <c>_background_noise_</c> recordings.
/// </summary>
public static class NoiseGenerator
{
    /// <summary>Makes <paramref name="length"/> samples of one kind of noise, scaled to RMS 1.</summary>
    public static float[] Make(NoiseKind kind, int length, int sampleRate, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        float[] noise = kind switch
        {
            NoiseKind.White => White(length, random),
            NoiseKind.Pink => Pink(length, random),
            NoiseKind.Brown => Brown(length, random),
            NoiseKind.Hum => Hum(length, sampleRate, random),
            NoiseKind.Clatter => Clatter(length, sampleRate, random),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        double rms = Math.Sqrt(NoiseMixing.Power(noise, 0, length));
        if (rms > 0)
        {
            for (int i = 0; i < length; i++) noise[i] = (float)(noise[i] / rms);
        }

        return noise;
    }

    private static float[] White(int length, ClipRandom random)
    {
        var x = new float[length];
        for (int i = 0; i < length; i++) x[i] = (float)random.Gaussian();
        return x;
    }

    private static float[] Pink(int length, ClipRandom random)
    {
        // Paul Kellet's economy pink filter over white noise.
        var x = new float[length];
        double b0 = 0, b1 = 0, b2 = 0;
        for (int i = 0; i < length; i++)
        {
            double w = random.Gaussian();
            b0 = 0.99765 * b0 + w * 0.0990460;
            b1 = 0.96300 * b1 + w * 0.2965164;
            b2 = 0.57000 * b2 + w * 1.0526913;
            x[i] = (float)(b0 + b1 + b2 + w * 0.1848);
        }

        return x;
    }

    private static float[] Brown(int length, ClipRandom random)
    {
        // Leaky integrator (pole at 0.995 keeps it from wandering off), then DC removed.
        var x = new float[length];
        double y = 0, mean = 0;
        for (int i = 0; i < length; i++)
        {
            y = 0.995 * y + random.Gaussian();
            x[i] = (float)y;
            mean += y;
        }

        mean /= Math.Max(1, length);
        for (int i = 0; i < length; i++) x[i] -= (float)mean;
        return x;
    }

    private static float[] Hum(int length, int sampleRate, ClipRandom random)
    {
        double mains = random.Chance(0.5) ? 50 : 60;
        mains *= random.Uniform(0.995, 1.005);
        var amplitudes = new double[5];
        var phases = new double[5];
        for (int h = 0; h < amplitudes.Length; h++)
        {
            amplitudes[h] = random.Uniform(0.2, 1.0) / (h + 1);
            phases[h] = random.Uniform(0, 2 * Math.PI);
        }

        var x = new float[length];
        for (int i = 0; i < length; i++)
        {
            double t = (double)i / sampleRate;
            double s = 0.02 * random.Gaussian();
            for (int h = 0; h < amplitudes.Length; h++) s += amplitudes[h] * Math.Sin(2 * Math.PI * mains * (h + 1) * t + phases[h]);
            x[i] = (float)s;
        }

        return x;
    }

    private static float[] Clatter(int length, int sampleRate, ClipRandom random)
    {
        var x = new float[length];
        for (int i = 0; i < length; i++) x[i] = (float)(0.01 * random.Gaussian());
        double eventsPerSecond = random.Uniform(1.5, 6);
        int at = 0;
        while (true)
        {
            at += (int)(-Math.Log(1 - random.NextDouble()) / eventsPerSecond * sampleRate);
            if (at >= length) break;
            // A burst: a ringing resonance (a struck object) or a click, decaying in 5–80 ms.
            double decay = random.Uniform(0.005, 0.08) * sampleRate;
            double frequency = random.Uniform(300, 6000);
            double amplitude = random.Uniform(0.2, 1.0);
            bool ringing = random.Chance(0.6);
            int end = Math.Min(length, at + (int)(decay * 5));
            for (int n = at; n < end; n++)
            {
                double envelope = amplitude * Math.Exp(-(n - at) / decay);
                double carrier = ringing ? Math.Sin(2 * Math.PI * frequency * (n - at) / sampleRate) : random.Gaussian();
                x[n] += (float)(envelope * carrier);
            }
        }

        return x;
    }
}
