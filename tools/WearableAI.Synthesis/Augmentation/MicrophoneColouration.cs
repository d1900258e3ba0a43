namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// The uneven response of a cheap microphone or loudspeaker: 2–4 peaking EQ bands at random
/// centres (150 Hz–6 kHz, log-uniform), gains within ±<see cref="MaxGainDb"/> and Q 0.7–2.5.
/// </summary>
/// <param name="MaxGainDb">Largest boost or cut of one band.</param>
/// <param name="SampleRate">Hz.</param>
public sealed record MicrophoneColouration(double MaxGainDb = 8, int SampleRate = SynthesisSettings.SampleRate)
{
    /// <summary>A coloured copy of the audio.</summary>
    public float[] Apply(float[] audio, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(random);
        var output = (float[])audio.Clone();
        int bands = 2 + random.Next(3);
        for (int b = 0; b < bands; b++)
        {
            double centre = Math.Exp(random.Uniform(Math.Log(150), Math.Log(6000)));
            Biquad.Peaking(centre, random.Uniform(-MaxGainDb, MaxGainDb), random.Uniform(0.7, 2.5), SampleRate).Process(output);
        }

        return output;
    }
}
