using WearableAI.Synthesis;

namespace WearableAI.Tools.Tests.Augmentation;

/// <summary>Test signals and measurements for the augmentation tests.</summary>
internal static class Signals
{
    public const int Rate = SynthesisSettings.SampleRate;

    public static float[] Tone(double hz, int length, double amplitude = 0.5)
    {
        var x = new float[length];
        for (int i = 0; i < length; i++) x[i] = (float)(amplitude * Math.Sin(2 * Math.PI * hz * i / Rate));
        return x;
    }

    public static float[] WhiteNoise(int length, ulong seed, double amplitude = 0.1)
    {
        var random = new ClipRandom(seed);
        var x = new float[length];
        for (int i = 0; i < length; i++) x[i] = (float)(amplitude * random.Gaussian());
        return x;
    }

    /// <summary>Frequency of the strongest FFT bin (parabolic interpolation), Hz.</summary>
    public static double DominantHz(float[] signal)
    {
        double[] power = PowerSpectrum(signal, out int n);
        int best = 1;
        for (int k = 1; k < power.Length - 1; k++) if (power[k] > power[best]) best = k;
        double a = Math.Log(power[best - 1] + 1e-30), b = Math.Log(power[best] + 1e-30), c = Math.Log(power[best + 1] + 1e-30);
        double offset = 0.5 * (a - c) / (a - 2 * b + c);
        return (best + offset) * Rate / n;
    }

    /// <summary>Energy between two frequencies, dB (arbitrary reference).</summary>
    public static double BandDb(float[] signal, double fromHz, double toHz)
    {
        double[] power = PowerSpectrum(signal, out int n);
        double sum = 0;
        for (int k = 0; k < power.Length; k++)
        {
            double hz = (double)k * Rate / n;
            if (hz >= fromHz && hz < toHz) sum += power[k];
        }

        return 10 * Math.Log10(sum + 1e-30);
    }

    private static double[] PowerSpectrum(float[] signal, out int n)
    {
        n = 1;
        while (n < signal.Length) n <<= 1;
        var re = new double[n];
        var im = new double[n];
        for (int i = 0; i < signal.Length; i++) re[i] = signal[i] * (0.5 - 0.5 * Math.Cos(2 * Math.PI * i / signal.Length));
        Fft.Transform(re, im, inverse: false);
        var power = new double[n / 2 + 1];
        for (int k = 0; k < power.Length; k++) power[k] = re[k] * re[k] + im[k] * im[k];
        return power;
    }
}
