namespace WearableAI.Contracts;

/// <summary>
/// The front-end settings the models were trained on (<c>frontEnd</c> in the manifest): the fields of
/// <c>WearableAI.Shared.Audio.FrontEndSettings</c>, of which the watch blob carries its own copy.
/// </summary>
public sealed record ModelFrontEnd
{
    /// <summary>Microphone sample rate, Hz.</summary>
    public required int SampleRate { get; init; }

    /// <summary>Decimation factor before analysis.</summary>
    public required int Decimation { get; init; }

    /// <summary>FFT window, samples at the analysis rate.</summary>
    public required int WindowSize { get; init; }

    /// <summary>Hop between frames, samples at the analysis rate.</summary>
    public required int HopSize { get; init; }

    /// <summary>Mel bands per frame, 1..64; the hub's features must have as many.</summary>
    public required int MelBands { get; init; }

    /// <summary>Lowest band edge, Hz.</summary>
    public required int LowHz { get; init; }

    /// <summary>Highest band edge, Hz.</summary>
    public required int HighHz { get; init; }

    /// <summary>Log steps per octave, 1..64 (energies in wake candidates use it).</summary>
    public required int LogScale { get; init; }

    /// <summary>Offset added to the log energy before it is clamped to int8.</summary>
    public required int LogOffset { get; init; }

    /// <summary>Whether per-band noise normalization is on.</summary>
    public required bool NoiseNormalization { get; init; }

    /// <summary>Smoothing of the noise floor estimate, as a shift.</summary>
    public required int NoiseSmoothingBits { get; init; }
}
