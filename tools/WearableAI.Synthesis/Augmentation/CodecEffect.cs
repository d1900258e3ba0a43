namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// What a phone line or a cheap codec does to speech, one of: an 8 kHz round trip (everything
/// above 3.8 kHz gone), G.711 µ-law or A-law 8-bit quantisation (at 8 kHz, as on a phone line),
/// or a crude low-bitrate codec that keeps only the strongest quarter of each 32 ms frame's
/// spectrum (at 8 kHz).
/// </summary>
/// <param name="SampleRate">Hz.</param>
public sealed record CodecEffect(int SampleRate = SynthesisSettings.SampleRate)
{
    /// <summary>The audio through a randomly chosen codec.</summary>
    public float[] Apply(float[] audio, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Apply(audio, (Codec)random.Next(4), SampleRate);
    }

    /// <summary>The audio through <paramref name="codec"/>.</summary>
    public static float[] Apply(float[] audio, Codec codec, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var down = new Resampler(sampleRate, 8000);
        var up = new Resampler(8000, sampleRate);
        float[] narrow = down.Process(audio);
        switch (codec)
        {
            case Codec.MuLaw:
                for (int i = 0; i < narrow.Length; i++) narrow[i] = G711.MuLawRoundTrip(narrow[i]);
                break;
            case Codec.ALaw:
                for (int i = 0; i < narrow.Length; i++) narrow[i] = G711.ALawRoundTrip(narrow[i]);
                break;
            case Codec.LowBitrate:
                narrow = SparseSpectrum.KeepStrongest(narrow, 256, 0.25);
                break;
        }

        float[] wide = up.Process(narrow);
        var output = new float[audio.Length];
        Array.Copy(wide, output, Math.Min(wide.Length, output.Length));
        return output;
    }

    /// <summary>The codecs simulated.</summary>
    public enum Codec
    {
        /// <summary>Down to 8 kHz and back.</summary>
        Narrowband,

        /// <summary>8 kHz, G.711 µ-law.</summary>
        MuLaw,

        /// <summary>8 kHz, G.711 A-law.</summary>
        ALaw,

        /// <summary>8 kHz, only the strongest quarter of each frame's spectrum kept.</summary>
        LowBitrate,
    }
}
