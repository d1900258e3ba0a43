namespace WearableAI.Tools.Data;

/// <summary>
/// The ranges each clip's random voice and augmentation are drawn from (uniformly). Recorded in
/// the manifest so a dataset says how it was made.
/// </summary>
public sealed record AugmentationSettings
{
    /// <summary>Speaking rate relative to each engine's normal rate (slow to brisk); pitch is drawn from the voice's whole range.</summary>
    public double MinSpeed { get; init; } = 0.75;

    /// <summary>Upper end of the speaking-rate range.</summary>
    public double MaxSpeed { get; init; } = 1.3;

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
