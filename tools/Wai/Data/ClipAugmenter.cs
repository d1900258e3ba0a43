namespace WearableAI.Tools.Data;

/// <summary>
/// Turns a trimmed utterance into a finished clip: optional reverberation, levelling, a random
/// time shift inside the clip, optional noise at a random SNR, a random gain, and conversion
/// to 16-bit with saturation (never wrap-around).
/// </summary>
public sealed class ClipAugmenter
{
    private static readonly NoiseKind[] NoiseKinds = Enum.GetValues<NoiseKind>();
    private readonly AugmentationSettings _settings;
    private readonly int _sampleRate;

    /// <summary>Creates an augmenter with the given ranges.</summary>
    public ClipAugmenter(AugmentationSettings settings, int sampleRate)
    {
        _settings = settings;
        _sampleRate = sampleRate;
    }

    /// <summary>Makes a clip of <paramref name="clipLength"/> samples holding <paramref name="speech"/>.</summary>
    public short[] Augment(float[] speech, int clipLength, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(speech);
        ArgumentNullException.ThrowIfNull(random);
        AugmentationSettings a = _settings;
        if (random.Chance(a.ReverbProbability))
        {
            float[] ir = Reverberation.ImpulseResponse(random, _sampleRate, random.Uniform(a.MinRt60, a.MaxRt60), random.Uniform(0.1, 0.7));
            float[] wet = Reverberation.Apply(speech, ir);

            // Keep the tail only as far as leaves half the free room for the time shift; fade the cut.
            int keep = Math.Min(wet.Length, speech.Length + Math.Max(0, clipLength - speech.Length) / 2);
            int fade = Math.Min(keep - speech.Length, _sampleRate / 100);
            speech = wet[..keep];
            for (int i = 0; i < fade; i++) speech[keep - 1 - i] *= (float)i / fade;
        }

        int length = Math.Min(speech.Length, clipLength);
        double rms = Math.Sqrt(NoiseMixing.Power(speech, 0, length));
        double level = rms > 0 ? Math.Pow(10, a.SpeechLevelDbfs / 20) / rms : 0;

        var clip = new float[clipLength];
        int shift = random.Next(clipLength - length + 1);
        for (int i = 0; i < length; i++) clip[shift + i] = (float)(speech[i] * level);

        if (random.Chance(a.NoiseProbability))
        {
            float[] noise = NoiseGenerator.Make(random.Pick(NoiseKinds), clipLength, _sampleRate, random);
            NoiseMixing.MixAtSnr(clip, shift, length, noise, random.Uniform(a.MinSnrDb, a.MaxSnrDb));
        }

        double gain = Math.Pow(10, random.Uniform(a.MinGainDb, a.MaxGainDb) / 20);
        return ToPcm(clip, gain);
    }

    /// <summary>A clip with no speech: usually faint noise, sometimes digital silence.</summary>
    public short[] Silence(int clipLength, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (random.Chance(0.1)) return new short[clipLength];
        float[] noise = NoiseGenerator.Make(random.Pick(NoiseKinds), clipLength, _sampleRate, random);
        return ToPcm(noise, Math.Pow(10, random.Uniform(-70, -35) / 20));
    }

    /// <summary>Scales to 16-bit, saturating at full scale.</summary>
    public static short[] ToPcm(float[] signal, double gain)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var pcm = new short[signal.Length];
        for (int i = 0; i < signal.Length; i++)
        {
            double v = Math.Round(signal[i] * gain * 32767.0);
            pcm[i] = (short)Math.Clamp(v, short.MinValue, short.MaxValue);
        }

        return pcm;
    }
}
