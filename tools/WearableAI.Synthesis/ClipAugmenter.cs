using WearableAI.Synthesis.Augmentation;
using WearableAI.Synthesis.Recordings;

namespace WearableAI.Synthesis;

/// <summary>
/// Turns a trimmed utterance into a finished clip, each step with its probability from
/// <see cref="AugmentationSettings"/>: the voice moves (speed, tempo, pitch), a room
/// (simulated shoebox; in validation and test sometimes a real packaged response of that
/// split), levelling, a random time shift, background at a random SNR (real music, babble,
/// ambient or a talker from the clip's own split when <see cref="NoiseBeds"/> are given, else
/// synthetic noise), the microphone (colouration, band-limiting, codec), a random gain, and
/// conversion to 16-bit with saturation (never wrap-around). Thread-safe.
/// </summary>
public sealed class ClipAugmenter
{
    private readonly AugmentationSettings _settings;
    private readonly int _sampleRate;
    private readonly NoiseBeds? _beds;

    /// <summary>Creates an augmenter with the given ranges; with <paramref name="beds"/>, clips also hear real recordings of their split.</summary>
    public ClipAugmenter(AugmentationSettings settings, int sampleRate, NoiseBeds? beds = null)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _sampleRate = sampleRate;
        _beds = beds;
    }

    /// <summary>Makes a training clip of <paramref name="clipLength"/> samples holding <paramref name="speech"/>.</summary>
    public short[] Augment(float[] speech, int clipLength, ClipRandom random) => Augment(speech, clipLength, random, DatasetSplit.Train);

    /// <summary>
    /// Makes a clip of <paramref name="clipLength"/> samples holding <paramref name="speech"/> for
    /// <paramref name="split"/> (its background and rooms come from that split only); a
    /// <paramref name="negative"/> clip may be mixed down to <see cref="AugmentationSettings.MinNegativeSnrDb"/>.
    /// </summary>
    /// <remarks>
    /// <paramref name="condition"/> <see cref="ClipCondition.Clean"/> keeps only the levelling, shift
    /// and gain; <see cref="ClipCondition.Noisy"/> always mixes noise in at <paramref name="snrDb"/>.
    /// </remarks>
    public short[] Augment(float[] speech, int clipLength, ClipRandom random, DatasetSplit split, bool negative = false, ClipCondition condition = ClipCondition.Augmented, double snrDb = 0)
    {
        ArgumentNullException.ThrowIfNull(speech);
        ArgumentNullException.ThrowIfNull(random);
        AugmentationSettings a = _settings;
        bool clean = condition == ClipCondition.Clean;
        if (!clean) speech = MoveVoice(speech, random);
        if (!clean && random.Chance(a.ReverbProbability)) speech = InRoom(speech, clipLength, split, random);

        int length = Math.Min(speech.Length, clipLength);
        double rms = Math.Sqrt(NoiseMixing.Power(speech, 0, length));
        double level = rms > 0 ? Math.Pow(10, a.SpeechLevelDbfs / 20) / rms : 0;

        var clip = new float[clipLength];
        int shift = random.Next(clipLength - length + 1);
        for (int i = 0; i < length; i++) clip[shift + i] = (float)(speech[i] * level);

        if (condition == ClipCondition.Noisy || (!clean && random.Chance(a.NoiseProbability)))
        {
            float[] noise = ClipBackground.Draw(_beds, split, a.RealNoiseShare, clipLength, _sampleRate, random);
            double snr = condition == ClipCondition.Noisy ? snrDb : random.Uniform(negative ? a.MinNegativeSnrDb : a.MinSnrDb, a.MaxSnrDb);
            NoiseMixing.MixAtSnr(clip, shift, length, noise, snr);
        }

        if (!clean) clip = Microphone(clip, random);
        double gain = Math.Pow(10, random.Uniform(a.MinGainDb, a.MaxGainDb) / 20);
        return ToPcm(clip, gain);
    }

    /// <summary>A training clip with no speech.</summary>
    public short[] Silence(int clipLength, ClipRandom random) => Silence(clipLength, random, DatasetSplit.Train);

    /// <summary>A clip with no speech for <paramref name="split"/>: usually faint background (real or synthetic), sometimes digital silence.</summary>
    public short[] Silence(int clipLength, ClipRandom random, DatasetSplit split)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (random.Chance(0.1)) return new short[clipLength];
        float[] noise = ClipBackground.Draw(_beds, split, _settings.RealNoiseShare, clipLength, _sampleRate, random);
        double rms = Math.Sqrt(NoiseMixing.Power(noise, 0, noise.Length));
        return ToPcm(noise, rms > 0 ? Math.Pow(10, random.Uniform(-70, -35) / 20) / rms : 0);
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

    private float[] MoveVoice(float[] speech, ClipRandom random)
    {
        AugmentationSettings a = _settings;
        if (random.Chance(a.SpeedProbability)) speech = new SpeedChange(a.MinSpeed, a.MaxSpeed).Apply(speech, random);
        if (random.Chance(a.TempoProbability)) speech = new TempoChange(a.MinTempo, a.MaxTempo, _sampleRate).Apply(speech, random);
        if (random.Chance(a.PitchProbability)) speech = new PitchShift(-a.MaxPitchSemitones, a.MaxPitchSemitones, _sampleRate).Apply(speech, random);
        return speech;
    }

    private float[] InRoom(float[] speech, int clipLength, DatasetSplit split, ClipRandom random)
    {
        AugmentationSettings a = _settings;
        IReadOnlyList<RecordingEntry> real = split == DatasetSplit.Train || _beds == null
            ? [] : _beds.Catalogue.Of(RecordingKind.RoomImpulseResponse, split);
        float[] wet = real.Count > 0 && random.Chance(a.RealRoomShare)
            ? RoomSimulation.Convolve(speech, _beds!.Catalogue.Read(random.Pick(real)))
            : new RoomSimulation(a.MinRt60, a.MaxRt60, _sampleRate).Apply(speech, random);

        // Keep the tail only as far as leaves half the free room for the time shift; fade the cut.
        int keep = Math.Min(wet.Length, speech.Length + Math.Max(0, clipLength - speech.Length) / 2);
        int fade = Math.Min(keep - speech.Length, _sampleRate / 100);
        float[] kept = wet[..keep];
        for (int i = 0; i < fade; i++) kept[keep - 1 - i] *= (float)i / fade;
        return kept;
    }

    private float[] Microphone(float[] clip, ClipRandom random)
    {
        AugmentationSettings a = _settings;
        if (random.Chance(a.ColourationProbability)) clip = new MicrophoneColouration(SampleRate: _sampleRate).Apply(clip, random);
        if (random.Chance(a.BandLimitProbability)) clip = new BandLimit(SampleRate: _sampleRate).Apply(clip, random);
        if (random.Chance(a.CodecProbability)) clip = new CodecEffect(_sampleRate).Apply(clip, random);
        return clip;
    }
}
