using System.ComponentModel;
using Spectre.Console.Cli;

namespace WearableAI.Tools.Commands;

/// <summary>Options of <c>wai eval</c>.</summary>
internal sealed class EvalSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Dataset in the Speech Commands layout (label per sub-folder, _background_noise_/).")]
    public string? Data { get; init; }

    [CommandOption("--models <DIR>")]
    [Description("A wai train run folder, or models/ (hub.onnx, watch blob, manifest.json).")]
    [DefaultValue("models")]
    public string Models { get; init; } = "models";

    [CommandOption("--json <FILE>")]
    [Description("Where the JSON report goes; det.png and confusion-<tier>.png are written beside it.")]
    public string? Json { get; init; }

    [CommandOption("--split <NAME>")]
    [Description("test, validation, train or all. Default: test when the data has testing_list.txt, else all.")]
    public string? Split { get; init; }

    [CommandOption("--no-cache")]
    [Description("Neither read nor write the feature cache (<data>/.wai-cache).")]
    public bool NoCache { get; init; }

    [CommandOption("--peer")]
    [Description("Also run the peer recogniser, Debian's PocketSphinx (pocketsphinx + pocketsphinx-en-us), on the same clips and background: wake keyphrase spotting at several thresholds, a closed grammar of the commands. The full recipe turns it on.")]
    public bool Peer { get; init; }

    [CommandOption("--peer-parallel <N>")]
    [Description("PocketSphinx processes run at once.")]
    [DefaultValue(2)]
    public int PeerParallel { get; init; } = 2;

    [CommandOption("--without <FAMILY=REPORT>")]
    [Description("Leave-one-engine-out (repeatable): the wai eval report, on the same data and split, of models trained without that engine family; each family's figures are printed with it in training and without.")]
    public string[]? Without { get; init; }

    public override Spectre.Console.ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Data)) return Spectre.Console.ValidationResult.Error("--data <DIR> is required");
        if (string.IsNullOrWhiteSpace(Json)) return Spectre.Console.ValidationResult.Error("--json <FILE> is required (e.g. models/eval/report.json)");
        if (PeerParallel < 1) return Spectre.Console.ValidationResult.Error("--peer-parallel must be at least 1");
        return Spectre.Console.ValidationResult.Success();
    }
}
