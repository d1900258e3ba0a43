using System.ComponentModel;
using Spectre.Console.Cli;
using WearableAI.Training.Pipeline;

namespace WearableAI.Tools.Commands;

/// <summary>Options of <c>wai train</c>.</summary>
internal sealed class TrainSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Dataset in the Speech Commands layout (e.g. made by wai data synth).")]
    public string? Data { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("New run folder, e.g. models/runs/<name>; a finished run is never overwritten.")]
    public string? Out { get; init; }

    [CommandOption("--wake <PHRASE>")]
    [Description("Wake phrase (label name); the data must have been synthesised with it. Default: the dataset manifest's.")]
    public string? Wake { get; init; }

    [CommandOption("--preset <NAME>")]
    [Description("default (full training, ~30 min on 2 cores) or smoke (CI, < 1 min).")]
    [DefaultValue("default")]
    public string Preset { get; init; } = "default";

    [CommandOption("--seed <S>")]
    [Description("Seed; the same seed, data and preset give the same models.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--from <RUN>")]
    [Description("Keep the teacher and hub model of this finished run (same data) and train only the watch model: for tuning the tiny stage in minutes.")]
    public string? From { get; init; }

    [CommandOption("--no-cache")]
    [Description("Neither read nor write the feature cache (<data>/.wai-cache).")]
    public bool NoCache { get; init; }

    public override Spectre.Console.ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Data)) return Spectre.Console.ValidationResult.Error("--data <DIR> is required");
        if (string.IsNullOrWhiteSpace(Out)) return Spectre.Console.ValidationResult.Error("--out <DIR> is required (e.g. models/runs/my-run)");
        if (TrainPreset.Named(Preset) == null) return Spectre.Console.ValidationResult.Error($"unknown preset '{Preset}': use {string.Join(" or ", TrainPreset.Names)}");
        if (Wake != null && string.IsNullOrWhiteSpace(Wake)) return Spectre.Console.ValidationResult.Error("--wake must not be empty");
        return Spectre.Console.ValidationResult.Success();
    }

    public TrainRequest ToRequest() => new(Data!, Out!, Wake, TrainPreset.Named(Preset)!, Seed, !NoCache, From);
}
