using System.Text.RegularExpressions;

namespace WearableAI.Training.Eval;

/// <summary>
/// The synthesizer family (or <c>human</c>) a clip's voice comes from, read from its file name in the
/// Speech Commands layout <c>&lt;speakerId&gt;_nohash_&lt;index&gt;[_slug].wav</c>: speaker ids are
/// <c>&lt;engine&gt;.&lt;voice&gt;</c> (<c>espeak.en-us+Alex</c>, <c>mbrola.de4</c>, <c>rhvoice.bdl</c>,
/// <c>festival.rab</c>, <c>human.&lt;package&gt;</c>) and the family is the text before the first '.';
/// an id without a '.' that reads as an espeak-ng voice (<c>en-gb+Denis</c>, the ids of older
/// <c>wai data synth</c> runs) is <see cref="Espeak"/>; anything else (someone's own recordings, hashed
/// speaker ids, no <c>_nohash_</c>) is <see cref="Other"/>; clips of the <c>_silence_</c> folder are
/// <see cref="Silence"/>. The only place this rule lives.
/// </summary>
public static partial class EngineFamily
{
    /// <summary>espeak-ng's own voices.</summary>
    public const string Espeak = "espeak";

    /// <summary>Real human recordings (<c>human.&lt;package&gt;</c>).</summary>
    public const string Human = "human";

    /// <summary>A clip whose name carries no recognisable speaker id.</summary>
    public const string Other = "other";

    /// <summary>Clips of the <c>_silence_</c> folder: no voice at all.</summary>
    public const string Silence = "silence";

    private const string NoHash = "_nohash_";

    /// <summary>The family of the clip at <paramref name="path"/> (a file name or a path; only the name is read).</summary>
    public static string Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] parts = path.Replace('\\', '/').Split('/');
        if (parts.Length > 1 && parts[^2] == Data.Vocabulary.SilenceFolder) return Silence;
        string? speaker = SpeakerOf(path);
        if (speaker is null) return Other;
        int dot = speaker.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0) return speaker[..dot].ToLowerInvariant();
        return dot < 0 && EspeakVoice().IsMatch(speaker) ? Espeak : Other;
    }

    /// <summary>The speaker id of a clip (the text before <c>_nohash_</c>), or null when the name has none.</summary>
    public static string? SpeakerOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path.Replace('\\', '/'));
        int at = name.IndexOf(NoHash, StringComparison.Ordinal);
        return at > 0 ? name[..at] : null;
    }

    /// <summary>
    /// Where the clip is heard: <c>noisy</c> when a <c>_</c>-separated token after the index reads
    /// <c>snr&lt;dB&gt;</c> (<c>yes/mbrola.de4_nohash_3_snr10.wav</c>, <c>_snr-5</c>: noise mixed in at that
    /// signal-to-noise ratio), else <c>clean</c>. Words of a slug are joined by '-', so no spoken word
    /// reads as the mark.
    /// </summary>
    public static string ConditionOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/'));
        int at = name.IndexOf(NoHash, StringComparison.Ordinal);
        if (at < 0) return Clean;
        string[] tokens = name[(at + NoHash.Length)..].Split('_');
        return tokens.Skip(1).Any(t => SnrToken().IsMatch(t)) ? Noisy : Clean;
    }

    /// <summary>Clips with no noise mixed in.</summary>
    public const string Clean = "clean";

    /// <summary>Clips with noise mixed in (marked <c>_snr&lt;dB&gt;</c> in the name).</summary>
    public const string Noisy = "noisy";

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]+)*(\\+[A-Za-z0-9_-]+)?$")]
    private static partial Regex EspeakVoice();

    [GeneratedRegex("^snr-?[0-9]+$")]
    private static partial Regex SnrToken();
}
