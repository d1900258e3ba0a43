namespace WearableAI.Synthesis;

/// <summary>
/// <c>manifest.json</c>: how the dataset was made and what it holds. Contains nothing that
/// varies between runs with the same seed (no dates, no timings), so it is part of the
/// byte-identical output.
/// </summary>
public sealed record DatasetManifest
{
    /// <summary>Layout version.</summary>
    public string Format { get; init; } = "wai-speech-commands/1";

    /// <summary>The seed.</summary>
    public int Seed { get; init; }

    /// <summary>The wake phrase as spoken.</summary>
    public string WakePhrase { get; init; } = "";

    /// <summary>Its folder.</summary>
    public string WakeLabel { get; init; } = "";

    /// <summary>16000.</summary>
    public int SampleRate { get; init; }

    /// <summary>Per label: kind, clip length, clips per split.</summary>
    public IReadOnlyList<LabelSummary> Labels { get; init; } = [];

    /// <summary>The long recordings and their lengths.</summary>
    public IReadOnlyList<BackgroundSummary> Background { get; init; } = [];

    /// <summary>Speaker ids per split (train / validation / test).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Speakers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The confusable negative phrases.</summary>
    public IReadOnlyList<string> Confusables { get; init; } = [];

    /// <summary>The other words and phrases in <c>_unknown_</c>.</summary>
    public IReadOnlyList<string> UnknownWords { get; init; } = [];

    /// <summary>Generator settings: sizes, espeak-ng version, augmentation ranges.</summary>
    public GeneratorSummary Generator { get; init; } = new();

    /// <summary>SHA-256 over every other file (path and bytes, in ordinal path order).</summary>
    public string DataHash { get; init; } = "";

    /// <summary>One label.</summary>
    /// <param name="Name">Folder.</param>
    /// <param name="Kind">wake, command, confusable, unknown, silence.</param>
    /// <param name="CountsAsUnknown">True for negatives an evaluator folds into "unknown".</param>
    /// <param name="ClipSeconds">Clip length.</param>
    /// <param name="Train">Clips in training.</param>
    /// <param name="Validation">Clips in validation.</param>
    /// <param name="Test">Clips in test.</param>
    public sealed record LabelSummary(string Name, string Kind, bool CountsAsUnknown, double ClipSeconds, int Train, int Validation, int Test);

    /// <summary>One background recording.</summary>
    /// <param name="File">Path relative to the dataset.</param>
    /// <param name="Seconds">Length.</param>
    public sealed record BackgroundSummary(string File, double Seconds);

    /// <summary>Settings that shaped the data.</summary>
    public sealed record GeneratorSummary
    {
        /// <summary>Each engine's version (espeak-ng, MBROLA through espeak-ng, RHVoice, Festival).</summary>
        public IReadOnlyDictionary<string, string> Engines { get; init; } = new Dictionary<string, string>();

        /// <summary>Training clips per label.</summary>
        public int PerLabel { get; init; }

        /// <summary>Total minutes of background recordings.</summary>
        public double BackgroundMinutes { get; init; }

        /// <summary>Hours of running-speech clips in training.</summary>
        public double SpeechHours { get; init; }

        /// <summary>Hours of running-speech clips in validation, and again in test.</summary>
        public double HeldOutSpeechHours { get; init; }

        /// <summary>Prose files read for running speech, by split.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Prose { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

        /// <summary>Augmentation ranges.</summary>
        public AugmentationSettings Augmentation { get; init; } = new();
    }
}
