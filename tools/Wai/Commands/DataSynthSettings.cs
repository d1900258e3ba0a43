using System.ComponentModel;
using Spectre.Console.Cli;
using WearableAI.Synthesis;

namespace WearableAI.Tools.Commands;

/// <summary>Options of <c>wai data synth</c>.</summary>
internal sealed class DataSynthSettings : CommandSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder to write the dataset to (required; must be empty unless --force).")]
    public string? Out { get; init; }

    [CommandOption("--wake <PHRASE>")]
    [Description("Wake phrase; its folder is the phrase with underscores (\"hey jarvis\" → hey_jarvis).")]
    [DefaultValue("hey nano")]
    public string Wake { get; init; } = "hey nano";

    [CommandOption("--per-label <N>")]
    [Description("Training clips per label; validation and test get N/4 each. Default 1000 (8 with --small).")]
    public int? PerLabel { get; init; }

    [CommandOption("--background-minutes <M>")]
    [Description("Total minutes of _background_noise_ recordings. Default 10 (0.5 with --small).")]
    public double? BackgroundMinutes { get; init; }

    [CommandOption("--speech-hours <H>")]
    [Description("Hours of running-speech negative clips (every engine reading prose) in training. Default 8 (0.01 with --small).")]
    public double? SpeechHours { get; init; }

    [CommandOption("--held-out-speech-hours <H>")]
    [Description("Hours of running-speech negative clips in validation and again in test. Default 5 (0.005 with --small).")]
    public double? HeldOutSpeechHours { get; init; }

    [CommandOption("--jobs <N>")]
    [Description("Clips rendered at once (default 4 × cores: engines mostly wait on process start-up). Any value gives the same data.")]
    public int? Jobs { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed; the same seed gives a byte-identical dataset.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--small")]
    [Description("CI preset: a few clips per label and half a minute of background.")]
    public bool Small { get; init; }

    [CommandOption("--recordings <ON>")]
    [Description("Use the packaged recordings (real noise, rooms, human speech / music / ambient negatives): true or false. Default true (false with --small).")]
    public bool? Recordings { get; init; }

    [CommandOption("--recorded-hours <H>")]
    [Description("Most hours of clips per recorded kind (human speech, music, ambient) and split. Default 2.5.")]
    public double? RecordedHours { get; init; }

    [CommandOption("--splits <LIST>")]
    [Description("Splits to make, comma-separated (train,validation,test). Default all; \"test\" makes an evaluation set.")]
    public string? Splits { get; init; }

    [CommandOption("--resume")]
    [Description("Continue an interrupted run into the same folder with the same options: finished clips are kept.")]
    public bool Resume { get; init; }

    [CommandOption("--force")]
    [Description("Empty a non-empty output folder first.")]
    public bool Force { get; init; }

    public override Spectre.Console.ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out)) return Spectre.Console.ValidationResult.Error("--out <DIR> is required");
        if (PerLabel is < 1) return Spectre.Console.ValidationResult.Error("--per-label must be at least 1");
        if (Splits != null && Splits.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(s => !Enum.TryParse<DatasetSplit>(s, ignoreCase: true, out _)))
        {
            return Spectre.Console.ValidationResult.Error("--splits takes train, validation and test, comma-separated");
        }

        if (SpeechHours is < 0 || HeldOutSpeechHours is < 0) return Spectre.Console.ValidationResult.Error("--speech-hours and --held-out-speech-hours must not be negative");
        if (BackgroundMinutes is < 0) return Spectre.Console.ValidationResult.Error("--background-minutes must not be negative");
        return Spectre.Console.ValidationResult.Success();
    }

    public SynthesisSettings ToSynthesisSettings() => new()
    {
        OutputFolder = Out!,
        WakePhrase = Wake,
        PerLabel = PerLabel ?? (Small ? SynthesisSettings.SmallPerLabel : SynthesisSettings.DefaultPerLabel),
        BackgroundMinutes = BackgroundMinutes ?? (Small ? SynthesisSettings.SmallBackgroundMinutes : SynthesisSettings.DefaultBackgroundMinutes),
        SpeechHours = SpeechHours ?? (Small ? SynthesisSettings.SmallSpeechHours : SynthesisSettings.DefaultSpeechHours),
        HeldOutSpeechHours = HeldOutSpeechHours ?? (Small ? SynthesisSettings.SmallSpeechHours / 2 : SynthesisSettings.DefaultHeldOutSpeechHours),
        Jobs = Jobs ?? 4 * Environment.ProcessorCount,
        Seed = Seed,
        Force = Force,
        Resume = Resume,
        Recordings = Recordings ?? !Small,
        Splits = Splits == null
            ? new HashSet<DatasetSplit> { DatasetSplit.Train, DatasetSplit.Validation, DatasetSplit.Test }
            : Splits.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => Enum.Parse<DatasetSplit>(s, ignoreCase: true)).ToHashSet(),
        RecordedHours = RecordedHours ?? 2.5,
    };
}
