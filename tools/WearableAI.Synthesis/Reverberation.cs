namespace WearableAI.Synthesis;

/// <summary>
/// Simple room reverberation: convolution with a synthetic impulse response — a direct path,
/// a short pre-delay, then Gaussian noise under an exponential envelope that falls 60 dB in
/// RT60 seconds. The result is scaled to the input's peak, so reverb never pushes a clip
/// into clipping.
/// </summary>
public static class Reverberation
{
    /// <summary>Makes an impulse response.</summary>
    /// <param name="random">Source of the noise tail.</param>
    /// <param name="sampleRate">Hz.</param>
    /// <param name="rt60Seconds">Time for the tail to decay by 60 dB.</param>
    /// <param name="wetLevel">Energy of the tail relative to the direct path (0 = dry).</param>
    public static float[] ImpulseResponse(ClipRandom random, int sampleRate, double rt60Seconds, double wetLevel)
    {
        ArgumentNullException.ThrowIfNull(random);
        int length = Math.Max(2, (int)(rt60Seconds * sampleRate));
        int predelay = Math.Min(length - 1, (int)(random.Uniform(0.002, 0.015) * sampleRate));
        var ir = new float[length];
        ir[0] = 1f;
        double decayPerSample = Math.Log(1000.0) / (rt60Seconds * sampleRate); // −60 dB amplitude at RT60
        double energy = 0;
        var tail = new double[length];
        for (int n = predelay; n < length; n++)
        {
            tail[n] = random.Gaussian() * Math.Exp(-decayPerSample * (n - predelay));
            energy += tail[n] * tail[n];
        }

        double scale = energy > 0 ? Math.Sqrt(wetLevel / energy) : 0;
        for (int n = predelay; n < length; n++) ir[n] += (float)(tail[n] * scale);
        return ir;
    }

    /// <summary>Convolves and rescales to the input's peak; output is input length + tail.</summary>
    public static float[] Apply(float[] dry, float[] impulseResponse)
    {
        ArgumentNullException.ThrowIfNull(dry);
        float[] wet = Fft.Convolve(dry, impulseResponse);
        float dryPeak = Peak(dry);
        float wetPeak = Peak(wet);
        if (wetPeak > 0)
        {
            float scale = dryPeak / wetPeak;
            for (int i = 0; i < wet.Length; i++) wet[i] *= scale;
        }

        return wet;
    }

    /// <summary>Largest absolute sample.</summary>
    public static float Peak(float[] signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        float peak = 0;
        foreach (float s in signal) peak = Math.Max(peak, Math.Abs(s));
        return peak;
    }
}
