namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// Raises or lowers the pitch at the same duration: a tempo change by the pitch ratio
/// (<see cref="TempoChange"/>) followed by a speed change by the same ratio
/// (<see cref="SpeedChange"/>), which restores the length and moves every frequency.
/// </summary>
/// <param name="MinSemitones">Lowest shift (negative = lower).</param>
/// <param name="MaxSemitones">Highest shift.</param>
/// <param name="SampleRate">Hz.</param>
public sealed record PitchShift(double MinSemitones = -3, double MaxSemitones = 3, int SampleRate = SynthesisSettings.SampleRate)
{
    /// <summary>The audio shifted by a random number of semitones.</summary>
    public float[] Apply(float[] audio, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Apply(audio, random.Uniform(MinSemitones, MaxSemitones), SampleRate);
    }

    /// <summary>The audio shifted by <paramref name="semitones"/>, length (nearly) unchanged.</summary>
    public static float[] Apply(float[] audio, double semitones, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(audio);
        double ratio = Math.Pow(2, semitones / 12);
        float[] stretched = TempoChange.Apply(audio, 1 / ratio, sampleRate); // longer by the ratio, same pitch
        return SpeedChange.Apply(stretched, ratio); // back to the length, pitch × ratio
    }
}
