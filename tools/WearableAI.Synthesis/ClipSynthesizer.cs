using WearableAI.Synthesis.Voices;

namespace WearableAI.Synthesis;

/// <summary>
/// Renders one planned clip: the speaker's engine (<see cref="SpeechEngines"/>) speaks the text with
/// a random speed, pitch and word gap, the output is resampled to 16 kHz and trimmed, then <see cref="ClipAugmenter"/>
/// places it in the clip and adds room, noise and gain. Every random choice comes from
/// (seed, label, index), so the result does not depend on threads. Thread-safe.
/// </summary>
public sealed class ClipSynthesizer
{
    private const int MaxAttempts = 4;
    private readonly SpeechEngines _engines;
    private readonly SynthesisSettings _settings;
    private readonly ClipAugmenter _augmenter;
    private readonly Dictionary<int, Resampler> _resamplers = [];
    private readonly Lock _resamplersLock = new();

    /// <summary>Creates a synthesizer for one run.</summary>
    public ClipSynthesizer(SpeechEngines engines, SynthesisSettings settings, ClipAugmenter augmenter)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _engines = engines;
        _settings = settings;
        _augmenter = augmenter;
    }

    /// <summary>Makes the clip's samples.</summary>
    public short[] Render(ClipJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        ClipRandom random = ClipRandom.For(_settings.Seed, "render", job.Index, job.Label.Name);
        int clipLength = (int)Math.Round(job.Label.ClipSeconds * SynthesisSettings.SampleRate);
        if (job.Speaker == null) return _augmenter.Silence(clipLength, random, job.Split);

        float[] speech = SpeakToFit(job, random, clipLength - SynthesisSettings.SampleRate / 20);
        if (job.Truncated) speech = CutShort(speech, random);
        return _augmenter.Augment(speech, clipLength, random, job.Split, negative: job.Label.Kind is LabelKind.Confusable or LabelKind.Unknown, job.Condition, job.SnrDb);
    }

    /// <summary>
    /// Speaks <paramref name="text"/> once with voice parameters drawn from <paramref name="random"/>;
    /// returns 16 kHz samples with the leading and trailing silence trimmed.
    /// </summary>
    public float[] Speak(string text, Speaker speaker, ClipRandom random, double speedFactor = 1.0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(random);
        AugmentationSettings a = _settings.Augmentation;
        double speed = random.Uniform(a.MinSpeakingRate, a.MaxSpeakingRate) * speedFactor;
        double pitch = random.Uniform(-1, 1);
        int gap = text.Contains(' ', StringComparison.Ordinal) ? random.Next(a.MaxWordGap + 1) : 0;
        string said = VoiceCatalogue.IsItalian(speaker) ? Respelling.ForItalian(text) : text;
        float[] raw = _engines.For(speaker).Speak(new Utterance(said, speaker, speed, pitch, gap), out int rate);
        float[] audio = rate == SynthesisSettings.SampleRate ? raw : ResamplerFor(rate).Process(raw);
        return Trim(audio);
    }

    /// <summary>Cuts leading and trailing parts quieter than 1 % of the peak, keeping 20 ms margins.</summary>
    public static float[] Trim(float[] audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        float threshold = 0.01f * Reverberation.Peak(audio);
        int first = Array.FindIndex(audio, s => Math.Abs(s) > threshold);
        if (first < 0 || threshold <= 0) return audio;
        int last = Array.FindLastIndex(audio, s => Math.Abs(s) > threshold);
        int margin = SynthesisSettings.SampleRate / 50;
        first = Math.Max(0, first - margin);
        last = Math.Min(audio.Length - 1, last + margin);
        return audio[first..(last + 1)];
    }

    /// <summary>Keeps the first 40–75 % of an utterance, fading out over 20 ms: the wake phrase cut short.</summary>
    private static float[] CutShort(float[] speech, ClipRandom random)
    {
        int keep = Math.Max(1, (int)(speech.Length * random.Uniform(0.4, 0.75)));
        float[] cut = speech[..keep];
        int fade = Math.Min(keep, SynthesisSettings.SampleRate / 50);
        for (int i = 0; i < fade; i++) cut[keep - 1 - i] *= (float)i / fade;
        return cut;
    }

    private float[] SpeakToFit(ClipJob job, ClipRandom random, int maxLength)
    {
        string text = Decorate(job, random);
        float[] speech = [];
        double speedFactor = 1.0;
        for (int attempt = 0; attempt < MaxAttempts; attempt++, speedFactor *= 1.25)
        {
            speech = Speak(text, job.Speaker!, random, speedFactor);
            if (speech.Length <= maxLength) return speech;
        }

        // Still too long even fast: keep the start, fade out the cut.
        float[] cut = speech[..maxLength];
        int fade = Math.Min(maxLength, SynthesisSettings.SampleRate / 50);
        for (int i = 0; i < fade; i++) cut[maxLength - 1 - i] *= (float)i / fade;
        return cut;
    }

    private static string Decorate(ClipJob job, ClipRandom random)
    {
        // Punctuation changes espeak-ng's prosody: statement, exclamation, question, and for phrases a comma pause.
        string text = job.Text;
        if (job.Label.Kind == LabelKind.Wake && text.Contains(' ', StringComparison.Ordinal) && random.Chance(0.25))
        {
            int space = text.IndexOf(' ', StringComparison.Ordinal);
            text = text[..space] + "," + text[space..];
        }

        return text + random.Pick(new[] { "", ".", "!", "?" });
    }

    private Resampler ResamplerFor(int rate)
    {
        lock (_resamplersLock)
        {
            if (!_resamplers.TryGetValue(rate, out Resampler? resampler))
            {
                resampler = new Resampler(rate, SynthesisSettings.SampleRate);
                _resamplers[rate] = resampler;
            }

            return resampler;
        }
    }
}
