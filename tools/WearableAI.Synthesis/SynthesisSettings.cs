namespace WearableAI.Synthesis;

/// <summary>What <c>wai data synth</c> makes: sizes, seed, wake phrase. Bound from the command line.</summary>
public sealed record SynthesisSettings
{
    /// <summary>The project's audio rate (DESIGN.md): every WAV written is 16 kHz mono 16-bit.</summary>
    public const int SampleRate = 16000;

    /// <summary>Clips per label in the training split at the default size.</summary>
    public const int DefaultPerLabel = 1000;

    /// <summary>Minutes of <c>_background_noise_</c> recordings at the default size.</summary>
    public const double DefaultBackgroundMinutes = 10;

    /// <summary>The <c>--small</c> preset: clips per label in training.</summary>
    public const int SmallPerLabel = 8;

    /// <summary>The <c>--small</c> preset: minutes of background recordings.</summary>
    public const double SmallBackgroundMinutes = 0.5;

    /// <summary>Hours of running-speech negative clips in training at the default size.</summary>
    public const double DefaultSpeechHours = 8;

    /// <summary>Hours of running-speech negative clips in validation and in test at the default size (data-sources.md: ≥ 5 h of held-out negatives).</summary>
    public const double DefaultHeldOutSpeechHours = 5;

    /// <summary>The <c>--small</c> preset: hours of running speech in training (validation and test: half each).</summary>
    public const double SmallSpeechHours = 0.01;

    /// <summary>The folder the dataset is written to.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>The wake phrase, e.g. "hey nano"; its folder is the phrase with underscores.</summary>
    public string WakePhrase { get; init; } = "hey nano";

    /// <summary>Training clips per label; validation and test get a quarter each (at least 2).</summary>
    public int PerLabel { get; init; } = DefaultPerLabel;

    /// <summary>Total minutes of long background recordings.</summary>
    public double BackgroundMinutes { get; init; } = DefaultBackgroundMinutes;

    /// <summary>Hours of running-speech clips in training.</summary>
    public double SpeechHours { get; init; } = DefaultSpeechHours;

    /// <summary>Hours of running-speech clips in validation, and again in test.</summary>
    public double HeldOutSpeechHours { get; init; } = DefaultHeldOutSpeechHours;

    /// <summary>
    /// Clips rendered at once. Most of a clip's time is an engine process starting and loading its
    /// voice, not computing, so more jobs than cores keeps the cores busy; the result is the same
    /// for any number (each clip's choices derive from its own key).
    /// </summary>
    public int Jobs { get; init; } = 4 * Environment.ProcessorCount;

    /// <summary>Every random choice derives from this and the clip's label and index.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Use the packaged recordings (<see cref="Recordings.RecordingCatalogue"/>): real noise beds and
    /// rooms for augmentation, and human speech, music and ambient negatives. Off for <c>--small</c>
    /// (the first run unpacks and decodes ~1.7 GB of packages into the cache).
    /// </summary>
    public bool Recordings { get; init; } = true;

    /// <summary>The recordings cache folder (null: <see cref="Recordings.PackageCache.DefaultFolder"/>).</summary>
    public string? RecordingCache { get; init; }

    /// <summary>Most hours of clips per recorded kind (human speech, music, ambient) and split.</summary>
    public double RecordedHours { get; init; } = 2.5;

    /// <summary>
    /// The splits to make (default all). <c>--splits test</c> makes an evaluation set: the same test
    /// clips, running speech, recorded negatives and background a full run would make.
    /// </summary>
    public IReadOnlySet<DatasetSplit> Splits { get; init; } = new HashSet<DatasetSplit> { DatasetSplit.Train, DatasetSplit.Validation, DatasetSplit.Test };

    /// <summary>Keep the clips an interrupted run of the same settings already wrote, make the rest.</summary>
    public bool Resume { get; init; }

    /// <summary>Empty a non-empty output folder first.</summary>
    public bool Force { get; init; }

    /// <summary>Augmentation ranges.</summary>
    public AugmentationSettings Augmentation { get; init; } = new();

    /// <summary>Clips per label in a split.</summary>
    public int ClipsPerLabel(DatasetSplit split) => split == DatasetSplit.Train ? PerLabel : Math.Max(2, (PerLabel + 3) / 4);
}
