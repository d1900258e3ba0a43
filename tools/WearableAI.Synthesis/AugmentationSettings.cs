namespace WearableAI.Synthesis;

/// <summary>
/// The ranges each clip's random voice and augmentation are drawn from (uniformly). Recorded in
/// the manifest so a dataset says how it was made.
/// </summary>
public sealed record AugmentationSettings
{
    /// <summary>Speaking rate relative to each engine's normal rate (slow to brisk); pitch is drawn from the voice's whole range.</summary>
    public double MinSpeakingRate { get; init; } = 0.75;

    /// <summary>Upper end of the speaking-rate range.</summary>
    public double MaxSpeakingRate { get; init; } = 1.3;

    /// <summary>Largest extra pause between words, in 10 ms units (multi-word phrases only).</summary>
    public int MaxWordGap { get; init; } = 4;

    /// <summary>Share of clips played at another speed (tape-like: tempo and pitch together).</summary>
    public double SpeedProbability { get; init; } = 0.2;

    /// <summary>Slowest speed factor.</summary>
    public double MinSpeed { get; init; } = 0.9;

    /// <summary>Fastest speed factor.</summary>
    public double MaxSpeed { get; init; } = 1.1;

    /// <summary>Share of clips spoken at another tempo (same pitch, WSOLA).</summary>
    public double TempoProbability { get; init; } = 0.3;

    /// <summary>Slowest tempo factor.</summary>
    public double MinTempo { get; init; } = 0.85;

    /// <summary>Fastest tempo factor.</summary>
    public double MaxTempo { get; init; } = 1.15;

    /// <summary>Share of clips shifted in pitch (same duration).</summary>
    public double PitchProbability { get; init; } = 0.3;

    /// <summary>Largest pitch shift either way, semitones.</summary>
    public double MaxPitchSemitones { get; init; } = 3;

    /// <summary>Share of clips that get reverberation (a simulated shoebox room, or a real room response in validation and test).</summary>
    public double ReverbProbability { get; init; } = 0.5;

    /// <summary>Shortest RT60, seconds.</summary>
    public double MinRt60 { get; init; } = 0.15;

    /// <summary>Longest RT60, seconds.</summary>
    public double MaxRt60 { get; init; } = 0.8;

    /// <summary>In validation and test, share of reverberant clips that use a packaged (real) room response.</summary>
    public double RealRoomShare { get; init; } = 0.5;

    /// <summary>Share of clips that get background noise.</summary>
    public double NoiseProbability { get; init; } = 0.8;

    /// <summary>Of noisy clips, the share whose background is real recordings of the clip's split (music, babble, ambient, a talker) rather than synthetic noise.</summary>
    public double RealNoiseShare { get; init; } = 0.75;

    /// <summary>Lowest speech-to-noise ratio, dB.</summary>
    public double MinSnrDb { get; init; } = 0;

    /// <summary>Highest speech-to-noise ratio, dB.</summary>
    public double MaxSnrDb { get; init; } = 20;

    /// <summary>Lowest speech-to-noise ratio for negative clips (unknown words, confusables), dB.</summary>
    public double MinNegativeSnrDb { get; init; } = -5;

    /// <summary>Share of clips band-limited (random low/high-pass or the telephone band).</summary>
    public double BandLimitProbability { get; init; } = 0.2;

    /// <summary>Share of clips passed through a codec (8 kHz, µ-law, A-law, low bitrate).</summary>
    public double CodecProbability { get; init; } = 0.1;

    /// <summary>Share of clips coloured by a random microphone response (peaking EQ bands).</summary>
    public double ColourationProbability { get; init; } = 0.4;

    /// <summary>Speech is first levelled to this RMS (dBFS) …</summary>
    public double SpeechLevelDbfs { get; init; } = -20;

    /// <summary>… then the whole clip gets a gain between this …</summary>
    public double MinGainDb { get; init; } = -20;

    /// <summary>… and this; samples beyond full scale saturate, never wrap.</summary>
    public double MaxGainDb { get; init; } = 6;
}
