namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// A rectangular room with one absorption coefficient on every surface, a talker and a
/// microphone. Its impulse response is the image-source method (Allen &amp; Berkley, 1979) for
/// the early reflections — each mirror image of the talker arrives after its distance over the
/// speed of sound, weakened by 1/distance and by √(1 − α) per wall bounce — followed from
/// <see cref="EarlyMilliseconds"/> on by Gaussian noise whose energy continues the image
/// sources' and falls 60 dB over the room's Eyring RT60.
/// </summary>
/// <param name="Size">Length, width, height, metres.</param>
/// <param name="Absorption">Energy absorption coefficient α of every surface, 0–1.</param>
/// <param name="Talker">Where the talker stands, metres from the corner.</param>
/// <param name="Microphone">Where the microphone is.</param>
public sealed record ShoeboxRoom(Point3 Size, double Absorption, Point3 Talker, Point3 Microphone)
{
    /// <summary>Speed of sound, m/s.</summary>
    public const double SpeedOfSound = 343;

    /// <summary>The image sources model the first this-many milliseconds; the noise tail the rest.</summary>
    public const double EarlyMilliseconds = 60;

    /// <summary>Eyring reverberation time, seconds: 0.161·V / (−S·ln(1 − α)).</summary>
    public double Rt60
    {
        get
        {
            double volume = Size.X * Size.Y * Size.Z;
            double surface = 2 * (Size.X * Size.Y + Size.X * Size.Z + Size.Y * Size.Z);
            return 0.161 * volume / (-surface * Math.Log(1 - Absorption));
        }
    }

    /// <summary>A random room: 3–10 × 2.5–8 × 2.4–4 m, the given RT60 range, talker and microphone ≥ 0.5 m from the walls.</summary>
    public static ShoeboxRoom Random(ClipRandom random, double minRt60, double maxRt60)
    {
        ArgumentNullException.ThrowIfNull(random);
        var size = new Point3(random.Uniform(3, 10), random.Uniform(2.5, 8), random.Uniform(2.4, 4));
        double rt60 = random.Uniform(minRt60, maxRt60);
        return WithRt60(size, rt60, Inside(size, random), Inside(size, random));
    }

    /// <summary>The room of <paramref name="size"/> whose absorption gives <paramref name="rt60"/> seconds (α capped to 0.05–0.95).</summary>
    public static ShoeboxRoom WithRt60(Point3 size, double rt60, Point3 talker, Point3 microphone)
    {
        double volume = size.X * size.Y * size.Z;
        double surface = 2 * (size.X * size.Y + size.X * size.Z + size.Y * size.Z);
        double absorption = 1 - Math.Exp(-0.161 * volume / (surface * rt60));
        return new ShoeboxRoom(size, Math.Clamp(absorption, 0.05, 0.95), talker, microphone);
    }

    /// <summary>The impulse response at <paramref name="sampleRate"/> Hz, direct path at unit amplitude, lasting one RT60.</summary>
    public float[] ImpulseResponse(int sampleRate, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double direct = Talker.DistanceTo(Microphone);
        int length = (int)((direct / SpeedOfSound + Rt60) * sampleRate) + 1;
        var ir = new double[length];
        double early = direct / SpeedOfSound + EarlyMilliseconds / 1000;
        double beta = Math.Sqrt(1 - Absorption);
        int nx = (int)(early * SpeedOfSound / (2 * Size.X)) + 1, ny = (int)(early * SpeedOfSound / (2 * Size.Y)) + 1, nz = (int)(early * SpeedOfSound / (2 * Size.Z)) + 1;
        for (int i = -nx; i <= nx; i++)
        for (int j = -ny; j <= ny; j++)
        for (int k = -nz; k <= nz; k++)
        for (int p = 0; p < 8; p++)
        {
            int px = p & 1, py = (p >> 1) & 1, pz = (p >> 2) & 1;
            var image = new Point3((1 - 2 * px) * Talker.X + 2 * i * Size.X, (1 - 2 * py) * Talker.Y + 2 * j * Size.Y, (1 - 2 * pz) * Talker.Z + 2 * k * Size.Z);
            double distance = Math.Max(0.1, image.DistanceTo(Microphone));
            double delay = distance / SpeedOfSound;
            if (delay > early) continue;
            int bounces = Math.Abs(i - px) + Math.Abs(i) + Math.Abs(j - py) + Math.Abs(j) + Math.Abs(k - pz) + Math.Abs(k);
            double amplitude = Math.Pow(beta, bounces) * direct / distance;
            double position = delay * sampleRate;
            int n = (int)position;
            double f = position - n;
            if (n + 1 < length)
            {
                ir[n] += amplitude * (1 - f);
                ir[n + 1] += amplitude * f;
            }
        }

        AddTail(ir, (int)(early * sampleRate), sampleRate, random);
        return ir.Select(v => (float)v).ToArray();
    }

    private void AddTail(double[] ir, int start, int sampleRate, ClipRandom random)
    {
        // Energy per sample of the last 20 ms of image sources: where the tail takes over.
        int window = sampleRate / 50;
        double energy = 0;
        for (int n = Math.Max(0, start - window); n < start && n < ir.Length; n++) energy += ir[n] * ir[n];
        energy /= window;
        double decay = 3 * Math.Log(10) / (Rt60 * sampleRate); // amplitude falls 60 dB (10^-3) in RT60
        double level = Math.Sqrt(energy);
        for (int n = start; n < ir.Length; n++) ir[n] += level * Math.Exp(-decay * (n - start)) * random.Gaussian();
    }

    private static Point3 Inside(Point3 size, ClipRandom random)
    {
        return new Point3(random.Uniform(0.5, size.X - 0.5), random.Uniform(0.5, size.Y - 0.5), random.Uniform(0.8, Math.Min(2.0, size.Z - 0.3)));
    }
}
