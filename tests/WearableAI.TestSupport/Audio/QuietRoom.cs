namespace WearableAI.TestSupport.Audio;

/// <summary>
/// What a watch's microphone hears in a quiet room: a steady white-noise floor (seeded, the same on every watch, so
/// voice-to-ambient differs only by level) with the shipped clips mixed in at a speaking level, as <c>wai demo-clips</c>
/// composes the demo's audio. Samples at <see cref="ShippedClips.SampleRate"/>.
/// </summary>
public static class QuietRoom
{
    /// <summary>Peak of the room's white noise floor (≈ −50 dBFS), the demo's default.</summary>
    public const int NoisePeak = 100;

    /// <summary>A normal speaking level: the clips are normalised to a loudest 32 ms block of RMS 10,000; half of it.</summary>
    public const double SpeakingGain = 0.5;

    /// <summary>The pause between the wake phrase and the command in <see cref="Phrase"/>.</summary>
    public static readonly TimeSpan PauseBeforeCommand = TimeSpan.FromMilliseconds(150);

    /// <summary>Uniform white noise of the given peak (0 = digital silence).</summary>
    public static short[] Noise(int samples, int peak = NoisePeak, int seed = 1)
    {
        var pcm = new short[samples];
        var room = new Random(seed);
        for (int i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)room.Next(-peak, peak + 1);
        }

        return pcm;
    }

    /// <summary>Only the room's noise floor, for <paramref name="seconds"/>.</summary>
    public static short[] Floor(double seconds) => Noise(Samples(seconds));

    /// <summary>
    /// <paramref name="leadSeconds"/> of the noise floor, the clip at <paramref name="gain"/> mixed over the same floor,
    /// then <paramref name="tailSeconds"/> more floor.
    /// </summary>
    public static short[] Saying(short[] clip, double gain = SpeakingGain, double leadSeconds = 1.5, double tailSeconds = 1.5, int seed = 1)
    {
        int lead = Samples(leadSeconds);
        short[] pcm = Noise(lead + clip.Length + Samples(tailSeconds), NoisePeak, seed);
        MixIn(clip, pcm, lead, gain);
        return pcm;
    }

    /// <summary>
    /// Floor for <paramref name="leadSeconds"/>, the shipped clip <paramref name="wake"/>, <see cref="PauseBeforeCommand"/>,
    /// the clip <paramref name="command"/>, then <paramref name="tailSeconds"/> of floor; the words scaled by <paramref name="gain"/>.
    /// </summary>
    public static short[] Phrase(string wake, string command, double gain = SpeakingGain, double leadSeconds = 1.5, double tailSeconds = 2.5)
    {
        short[] first = ShippedClips.Read(wake);
        short[] second = ShippedClips.Read(command);
        int lead = Samples(leadSeconds);
        int pause = ShippedClips.SampleRate * (int)PauseBeforeCommand.TotalMilliseconds / 1000;
        short[] pcm = Noise(lead + first.Length + pause + second.Length + Samples(tailSeconds));
        MixIn(first, pcm, lead, gain);
        MixIn(second, pcm, lead + first.Length + pause, gain);
        return pcm;
    }

    private static int Samples(double seconds) => (int)(seconds * ShippedClips.SampleRate);

    private static void MixIn(short[] clip, short[] target, int at, double gain)
    {
        for (int i = 0; i < clip.Length; i++)
        {
            target[at + i] = (short)Math.Clamp(target[at + i] + Math.Round(clip[i] * gain), short.MinValue, short.MaxValue);
        }
    }
}
