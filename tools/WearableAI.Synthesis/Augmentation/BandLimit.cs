namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// A narrow microphone or channel: a random low-pass (2.5–7 kHz) and/or high-pass (60–400 Hz),
/// or the telephone band (300–3400 Hz). Each edge is two cascaded biquads (4th order,
/// 24 dB per octave).
/// </summary>
/// <param name="TelephoneProbability">Share of calls that give the telephone band.</param>
/// <param name="SampleRate">Hz.</param>
public sealed record BandLimit(double TelephoneProbability = 0.25, int SampleRate = SynthesisSettings.SampleRate)
{
    /// <summary>Telephone band, low edge, Hz.</summary>
    public const double TelephoneLowHz = 300;

    /// <summary>Telephone band, high edge, Hz.</summary>
    public const double TelephoneHighHz = 3400;

    /// <summary>A band-limited copy of the audio.</summary>
    public float[] Apply(float[] audio, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (random.Chance(TelephoneProbability)) return Apply(audio, TelephoneLowHz, TelephoneHighHz, SampleRate);
        bool low = random.Chance(0.7), high = !low || random.Chance(0.5);
        double lowPass = low ? random.Uniform(2500, 7000) : 0;
        double highPass = high ? random.Uniform(60, 400) : 0;
        return Apply(audio, highPass, lowPass, SampleRate);
    }

    /// <summary>A copy passing <paramref name="highPassHz"/>–<paramref name="lowPassHz"/> (0 leaves that edge open).</summary>
    public static float[] Apply(float[] audio, double highPassHz, double lowPassHz, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var output = (float[])audio.Clone();
        for (int stage = 0; stage < 2; stage++)
        {
            if (highPassHz > 0) Biquad.HighPass(highPassHz, sampleRate).Process(output);
            if (lowPassHz > 0) Biquad.LowPass(lowPassHz, sampleRate).Process(output);
        }

        return output;
    }
}
