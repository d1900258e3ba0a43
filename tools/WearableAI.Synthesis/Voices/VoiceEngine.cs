namespace WearableAI.Synthesis.Voices;

/// <summary>
/// The speech synthesizers <c>wai data synth</c> may use (shared/data-sources.md). Each is a
/// different way of making speech — formant synthesis, concatenation of real human diphones,
/// statistical parametric (HTS) — so a model trained on all of them learns speech, not one engine.
/// </summary>
public enum VoiceEngine
{
    /// <summary>espeak-ng's own formant voices and variants.</summary>
    Espeak,

    /// <summary>espeak-ng driving an MBROLA database: real human diphones, accented English.</summary>
    Mbrola,

    /// <summary>RHVoice's HTS voices (statistical parametric).</summary>
    RHVoice,

    /// <summary>Festival's diphone voices (English, and Italian reading respelled English).</summary>
    Festival,
}

/// <summary>Names of the engines as they appear in speaker ids.</summary>
public static class VoiceEngineNames
{
    /// <summary>The engine's prefix in a speaker id: <c>espeak</c>, <c>mbrola</c>, <c>rhvoice</c>, <c>festival</c>.</summary>
    public static string Prefix(this VoiceEngine engine) => engine switch
    {
        VoiceEngine.Espeak => "espeak",
        VoiceEngine.Mbrola => "mbrola",
        VoiceEngine.RHVoice => "rhvoice",
        VoiceEngine.Festival => "festival",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, null),
    };
}
