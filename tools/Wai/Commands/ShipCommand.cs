using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WearableAI.Contracts;
using WearableAI.Training.Data;
using WearableAI.Training.Pipeline;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai ship</c>: copies a finished run's hub.onnx, watch blob and evaluation report into models/ and writes the
/// manifest the hub reads (<see cref="ModelShipper"/>, <see cref="ModelManifest"/>). The last step of scripts/train-models.sh.
/// </summary>
internal sealed class ShipCommand : Command<ShipCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--run <DIR>")]
        [Description("A finished `wai train` folder.")]
        public string Run { get; init; } = "";

        [CommandOption("--eval <FILE>")]
        [Description("Its `wai eval` JSON report (shipped as eval-report.json; its headline figures go in the manifest). Default <run>/eval/report.json when present.")]
        public string? Eval { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("The models folder. Default models.")]
        public string Out { get; init; } = "models";

        [CommandOption("--version <TEXT>")]
        [Description("Manifest version. Default: the run folder's name.")]
        public string? Version { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Run) ? ValidationResult.Error("--run: give the training run folder") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string run = Path.TrimEndingDirectorySeparator(settings.Run);
        string? eval = settings.Eval ?? (File.Exists(Path.Combine(run, "eval", "report.json")) ? Path.Combine(run, "eval", "report.json") : null);
        ModelManifest manifest;
        try
        {
            manifest = ModelShipper.Ship(run, settings.Out, eval, settings.Version ?? Path.GetFileName(run));
        }
        catch (DatasetException e)
        {
            throw new UserFacingException(e.Message);
        }

        string files = string.Join(", ", new[] { manifest.Files.Hub, manifest.Files.Watch, manifest.Files.EvalReport, ModelFiles.ManifestName }.OfType<string>());
        AnsiConsole.MarkupLine($"shipped [green]{Markup.Escape(run)}[/] to [blue]{Markup.Escape(settings.Out)}[/]: {files} (version {Markup.Escape(manifest.Version)}, schema {manifest.SchemaVersion}; hub wake threshold {manifest.Thresholds.Wake}, tiny threshold {manifest.Thresholds.TinyWake}; {manifest.Metrics.Count} headline figures)");
        if (eval is null)
        {
            AnsiConsole.MarkupLine("[yellow]no evaluation report: the manifest has no headline figures and no eval-report.json was shipped; run wai eval first[/]");
        }

        return 0;
    }
}
