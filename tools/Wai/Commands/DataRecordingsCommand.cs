using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using WearableAI.Synthesis;
using WearableAI.Synthesis.Recordings;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai data recordings</c>: unpacks and decodes the packaged recordings (music, human speech,
/// ambient sound, rooms; ../shared/data-sources.md) into the cache and prints the hours per kind
/// and split. <c>wai data synth</c> does the same on first use; this command shows what there is.
/// </summary>
internal sealed class DataRecordingsCommand : Command<DataRecordingsCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        RecordingCatalogue? catalogue = null;
        IReadOnlyList<RecordingSource> sources = settings.Packages.Length == 0 ? PackagedRecordings.All : PackagedRecordings.FromPackages(settings.Packages);
        DataSynthProgress.Run(progress => catalogue = RecordingCatalogue.Load(settings.Cache, progress, sources));
        clock.Stop();

        var table = new Table().Title("packaged recordings (hours)");
        table.AddColumns("kind", "source", "train", "validation", "test");
        foreach (RecordingKind kind in Enum.GetValues<RecordingKind>())
        {
            foreach (IGrouping<string, RecordingEntry> source in catalogue!.Entries.Where(e => e.Kind == kind).GroupBy(e => e.Source))
            {
                table.AddRow(kind.ToString(), Markup.Escape(source.Key), Cell(source, DatasetSplit.Train), Cell(source, DatasetSplit.Validation), Cell(source, DatasetSplit.Test));
            }

            table.AddRow($"[bold]{kind}[/]", "[bold]total[/]", Hours(catalogue.Hours(kind, DatasetSplit.Train)), Hours(catalogue.Hours(kind, DatasetSplit.Validation)), Hours(catalogue.Hours(kind, DatasetSplit.Test)));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{catalogue!.Entries.Count} recordings ({catalogue.Undecodable} undecodable left out), {catalogue.Gate.PathsRead.Count} package files read, in {clock.Elapsed.TotalSeconds:0.0} s; cache {Markup.Escape(catalogue.Gate.Packages.Folder)}");
        return 0;
    }

    private static string Cell(IEnumerable<RecordingEntry> entries, DatasetSplit split)
    {
        var inSplit = entries.Where(e => e.Split == split).ToList();
        return inSplit.Count == 0 ? "" : $"{Hours(inSplit.Sum(e => e.Seconds) / 3600)} ({inSplit.Count})";
    }

    private static string Hours(double hours) => hours.ToString(hours < 0.1 ? "0.000" : "0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Options of <c>wai data recordings</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--cache <FOLDER>")]
        [Description("Package cache (default $XDG_CACHE_HOME/wai/packages or ~/.cache/wai/packages).")]
        public string? Cache { get; init; }

        [CommandOption("--package <NAME>")]
        [Description("Only these packages' sources (repeatable); default all.")]
        public string[] Packages { get; init; } = [];
    }
}
