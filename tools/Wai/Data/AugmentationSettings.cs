namespace WearableAI.Tools.Data;

/// <summary>
/// The ranges each clip's random voice and augmentation are drawn from (uniformly). Recorded in
/// the manifest so a dataset says how it was made.
/// </summary>
public sealed record AugmentationSettings
{
    /// <summary>espeak-ng speed, words per minute (slow to brisk).</summary>
    public int MinWordsPerMinute { get; init; } = 120;

    /// <summary>Upper end of the speed range.</summary>
    public int MaxWordsPerMinute { get; init; } = 210;

    /// <summary>espeak-ng pitch, 0–99.</summary>
    public int MinPitch { get; init; } = 15;

    /// <summary>Upper end of the pitch range.</summary>
    public int MaxPitch { get; init; } = 85;

    /// <summary>Largest extra pause between words, in 10 ms units (multi-word phrases only).</summary>
    public int MaxWordGap { get; init; } = 4;

    /// <summary>Share of clips that get reverberation.</summary>
    public double ReverbProbability { get; init; } = 0.5;

    /// <summary>Shortest RT60, seconds.</summary>
    public double MinRt60 { get; init; } = 0.15;

    /// <summary>Longest RT60, seconds.</summary>
    public double MaxRt60 { get; init; } = 0.8;

    /// <summary>Share of clips that get background noise.</summary>
    public double NoiseProbability { get; init; } = 0.8;

    /// <summary>Lowest speech-to-noise ratio, dB.</summary>
    public double MinSnrDb { get; init; } = 5;

    /// <summary>Highest speech-to-noise ratio, dB.</summary>
    public double MaxSnrDb { get; init; } = 30;

    /// <summary>Speech is first levelled to this RMS (dBFS) …</summary>
    public double SpeechLevelDbfs { get; init; } = -20;

    /// <summary>… then the whole clip gets a gain between this …</summary>
    public double MinGainDb { get; init; } = -20;

    /// <summary>… and this; samples beyond full scale saturate, never wrap.</summary>
    public double MaxGainDb { get; init; } = 6;
}
