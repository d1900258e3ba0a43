namespace WearableAI.Fleet;

/// <summary>
/// How a clip reaches a microphone in the fleet's free-field room model: the level falls with
/// the inverse of the distance (−6 dB per doubling, clip levels are as recorded at
/// <see cref="ReferenceMetres"/>) and the sound arrives <c>distance / 343 m/s</c> later.
/// Walls, reverberation and the wrist's shadow are not modelled.
/// </summary>
public static class SoundPath
{
    /// <summary>Speed of sound in air at 20 °C, m/s.</summary>
    public const double SpeedOfSound = 343.0;

    /// <summary>Distance at which a clip plays at its recorded level (and never louder, however close).</summary>
    public const double ReferenceMetres = 1.0;

    /// <summary>Amplitude factor at <paramref name="metres"/>: 1 up to <see cref="ReferenceMetres"/>, then reference / distance.</summary>
    /// <param name="metres">Distance from the speaker.</param>
    public static double Gain(double metres) => ReferenceMetres / Math.Max(metres, ReferenceMetres);

    /// <summary>The same in decibels (0 or negative).</summary>
    /// <param name="metres">Distance from the speaker.</param>
    public static double GainDb(double metres) => 20 * Math.Log10(Gain(metres));

    /// <summary>Travel time in samples at <paramref name="sampleRate"/>, rounded to the nearest sample.</summary>
    /// <param name="metres">Distance from the speaker.</param>
    /// <param name="sampleRate">Samples per second.</param>
    public static int DelaySamples(double metres, int sampleRate) => (int)Math.Round(metres / SpeedOfSound * sampleRate);

    /// <summary>Amplitude factor of a level in dB (0 dB = 1).</summary>
    /// <param name="decibels">Level.</param>
    public static double FromDb(double decibels) => Math.Pow(10, decibels / 20);
}
