namespace WearableAI.Training.Data;

/// <summary>
/// The hub model's classes, in output order: the wake phrase label, the ten commands,
/// <c>unknown</c> and <c>silence</c>. Maps dataset folders to classes: the wake folder and
/// command folders to themselves, <c>_silence_</c> to silence, every other folder to unknown.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The ten Google Speech Commands core words (DESIGN.md default vocabulary).</summary>
    public static readonly IReadOnlyList<string> DefaultCommands = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"];

    /// <summary>Class name of other speech.</summary>
    public const string Unknown = "unknown";

    /// <summary>Class name of no speech.</summary>
    public const string Silence = "silence";

    /// <summary>Folder of silence clips written by <c>wai data synth</c>.</summary>
    public const string SilenceFolder = "_silence_";

    /// <summary>Folder of long background recordings (not clips).</summary>
    public const string BackgroundFolder = "_background_noise_";

    /// <summary>Creates the vocabulary for a wake phrase ("hey nano" → label <c>hey_nano</c>).</summary>
    /// <param name="wakePhrase">The wake phrase as spoken.</param>
    /// <param name="commands">Command words; the default ten when null.</param>
    public Vocabulary(string wakePhrase, IReadOnlyList<string>? commands = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wakePhrase);
        WakePhrase = wakePhrase.Trim();
        WakeLabel = LabelOf(WakePhrase);
        Commands = commands ?? DefaultCommands;
        Labels = [WakeLabel, .. Commands, Unknown, Silence];
    }

    /// <summary>The wake phrase as spoken.</summary>
    public string WakePhrase { get; }

    /// <summary>The wake phrase's label and folder name.</summary>
    public string WakeLabel { get; }

    /// <summary>The command words.</summary>
    public IReadOnlyList<string> Commands { get; }

    /// <summary>Every class name in output order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of classes.</summary>
    public int Count => Labels.Count;

    /// <summary>Class index of the wake phrase (0).</summary>
    public int WakeIndex => 0;

    /// <summary>Class index of <c>unknown</c>.</summary>
    public int UnknownIndex => Count - 2;

    /// <summary>Class index of <c>silence</c>.</summary>
    public int SilenceIndex => Count - 1;

    /// <summary>True for the class indices a command window is classified into (commands, unknown, silence).</summary>
    public bool IsCommandWindowClass(int index) => index >= 1 && index < Count;

    /// <summary>The folder/label of a phrase: lower case, words joined by underscores.</summary>
    public static string LabelOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return string.Join('_', phrase.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The class a dataset folder's clips belong to.</summary>
    public int ClassOfFolder(string folder)
    {
        if (folder == SilenceFolder) return SilenceIndex;
        for (int i = 0; i < Count - 2; i++)
        {
            if (string.Equals(Labels[i], folder, StringComparison.Ordinal)) return i;
        }

        return UnknownIndex;
    }
}
