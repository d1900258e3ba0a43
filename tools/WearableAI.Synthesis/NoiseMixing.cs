namespace WearableAI.Synthesis;

/// <summary>
/// Adds noise to speech at a chosen signal-to-noise ratio. Speech power is measured over the
/// part of the clip that holds the utterance (not the silent padding), noise power over the
/// noise that is added: SNR = 10·log10(P_speech / P_noise).
/// </summary>
public static class NoiseMixing
{
    /// <summary>Mean square of <paramref name="count"/> samples from <paramref name="start"/>.</summary>
    public static double Power(float[] signal, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (count <= 0) return 0;
        double sum = 0;
        for (int i = start; i < start + count; i++) sum += (double)signal[i] * signal[i];
        return sum / count;
    }

    /// <summary>
    /// Adds <paramref name="noise"/> (at least as long as the clip) to <paramref name="clip"/> in
    /// place, scaled so that the utterance at [speechStart, speechStart + speechLength) has the
    /// requested SNR. Returns the factor the noise was scaled by.
    /// </summary>
    public static double MixAtSnr(float[] clip, int speechStart, int speechLength, float[] noise, double snrDb)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(noise);
        if (noise.Length < clip.Length) throw new ArgumentException("noise is shorter than the clip", nameof(noise));
        double speechPower = Power(clip, speechStart, speechLength);
        double noisePower = Power(noise, 0, clip.Length);
        if (speechPower <= 0 || noisePower <= 0) return 0;
        double scale = Math.Sqrt(speechPower / (noisePower * Math.Pow(10, snrDb / 10)));
        for (int i = 0; i < clip.Length; i++) clip[i] += (float)(noise[i] * scale);
        return scale;
    }
}
