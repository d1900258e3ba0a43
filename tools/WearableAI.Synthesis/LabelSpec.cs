namespace WearableAI.Synthesis;

/// <summary>One label folder of the dataset: its name, what it holds, the phrases spoken and the clip length.</summary>
/// <param name="Name">Folder name (<c>hey_nano</c>, <c>yes</c>, <c>_unknown_</c> …).</param>
/// <param name="Kind">What the folder holds.</param>
/// <param name="Phrases">What is said; each clip picks one (empty for silence).</param>
/// <param name="ClipSeconds">Length of every clip in the folder.</param>
public sealed record LabelSpec(string Name, LabelKind Kind, IReadOnlyList<string> Phrases, double ClipSeconds)
{
    /// <summary>
    /// Clip length for words: 1.0 s, as in Speech Commands. The wake phrase and its confusables
    /// are two-word phrases and get 1.5 s, the window the watch sends with a wake candidate.
    /// </summary>
    public const double WordSeconds = 1.0;

    /// <summary>Clip length for the wake phrase and its confusable negatives.</summary>
    public const double PhraseSeconds = 1.5;

    /// <summary>Folder of phonetically confusable negatives.</summary>
    public const string ConfusableFolder = "_confusable_";

    /// <summary>Folder of other speech.</summary>
    public const string UnknownFolder = "_unknown_";

    /// <summary>Folder of silence clips.</summary>
    public const string SilenceFolder = "_silence_";

    /// <summary>Folder of long recordings for false-accept measurement.</summary>
    public const string BackgroundFolder = "_background_noise_";

    /// <summary>The labels in folder order: wake, commands, confusables, unknown, silence.</summary>
    public static IReadOnlyList<LabelSpec> All(PhraseLists phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var labels = new List<LabelSpec> { new(phrases.WakeLabel, LabelKind.Wake, [phrases.WakePhrase], PhraseSeconds) };
        labels.AddRange(PhraseLists.CommandWords.Select(w => new LabelSpec(w, LabelKind.Command, [w], WordSeconds)));
        labels.Add(new LabelSpec(ConfusableFolder, LabelKind.Confusable, phrases.Confusables, PhraseSeconds));
        labels.Add(new LabelSpec(UnknownFolder, LabelKind.Unknown, phrases.UnknownWords, WordSeconds));
        labels.Add(new LabelSpec(SilenceFolder, LabelKind.Silence, [], WordSeconds));
        return labels;
    }
}
