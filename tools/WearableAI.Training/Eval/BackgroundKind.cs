namespace WearableAI.Training.Eval;

/// <summary>
/// What a <c>_background_noise_</c> recording holds, from its name <c>&lt;kind&gt;-&lt;source&gt;-….wav</c>
/// (kind: speech, babble, music, ambient, noise, human). Older names without the prefix count as
/// <c>speech</c> when they contain speech or babble (as <c>wai data synth</c> names them), else <c>noise</c>.
/// </summary>
public static class BackgroundKind
{
    /// <summary>The kinds a recording's name may start with.</summary>
    public static readonly IReadOnlyList<string> Known = ["speech", "babble", "music", "ambient", "noise", "human"];

    /// <summary>Real human speech recordings (the human-speech probe).</summary>
    public const string Human = "human";

    /// <summary>The kind of the recording at <paramref name="path"/>.</summary>
    public static string Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/')).ToLowerInvariant();
        int dash = name.IndexOf('-', StringComparison.Ordinal);
        string first = dash < 0 ? name : name[..dash];
        if (Known.Contains(first)) return first;
        if (name.Contains("babble", StringComparison.Ordinal)) return "babble";
        return name.Contains("speech", StringComparison.Ordinal) ? "speech" : "noise";
    }
}
