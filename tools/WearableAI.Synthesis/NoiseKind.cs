namespace WearableAI.Synthesis;

/// <summary>The kinds of noise the generator can make without speech.</summary>
public enum NoiseKind
{
    /// <summary>Flat spectrum.</summary>
    White,

    /// <summary>−3 dB per octave (fans, rain, many rooms).</summary>
    Pink,

    /// <summary>−6 dB per octave (rumble, traffic, wind).</summary>
    Brown,

    /// <summary>Mains hum: 50 or 60 Hz and harmonics over a faint floor.</summary>
    Hum,

    /// <summary>Clicks and clanks: decaying bursts at random times (dishes, keyboard, steps).</summary>
    Clatter,
}
