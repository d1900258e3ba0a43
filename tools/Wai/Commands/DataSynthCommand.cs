using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using WearableAI.Synthesis;
using WearableAI.Synthesis.Voices;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai data synth</c>: makes a Speech-Commands-layout dataset from text alone with the speech
/// engines of shared/data-sources.md (see docs/data.md). The work is in Data/; this file binds options and prints the summary.
/// </summary>
internal sealed class DataSynthCommand : Command<DataSynthSettings>
{
    public override int Execute(CommandContext context, DataSynthSettings settings, CancellationToken cancellationToken)
    {
        SynthesisSettings synthesis = settings.ToSynthesisSettings();
        using var engines = new SpeechEngines();
        engines.Versions(); // a missing engine is reported before any folder is touched

        var clock = Stopwatch.StartNew();
        DatasetManifest? manifest = null;
        DataSynthProgress.Run(progress => manifest = DatasetSynthesizer.Run(synthesis, engines, progress));
        clock.Stop();
        PrintSummary(manifest!, Path.GetFullPath(synthesis.OutputFolder), clock.Elapsed);
        return 0;
    }

    private static void PrintSummary(DatasetManifest manifest, string root, TimeSpan elapsed)
    {
        var table = new Table().Title($"wai data synth — seed {manifest.Seed}, wake \"{Markup.Escape(manifest.WakePhrase)}\"");
        table.AddColumns("label", "kind", "train", "validation", "test", "clip s", "audio");
        int clips = 0;
        double seconds = 0;
        foreach (DatasetManifest.LabelSummary label in manifest.Labels)
        {
            int count = label.Train + label.Validation + label.Test;
            clips += count;
            seconds += count * label.ClipSeconds;
            table.AddRow(
                Markup.Escape(label.Name), label.CountsAsUnknown ? "unknown" : label.Kind,
                $"{label.Train}", $"{label.Validation}", $"{label.Test}", $"{label.ClipSeconds:0.0}", Duration(count * label.ClipSeconds));
        }

        double background = manifest.Background.Sum(b => b.Seconds);
        table.AddRow(LabelSpec.BackgroundFolder, "noise", "", "", "", "", Duration(background));
        table.AddRow("[bold]total[/]", "", "", "", "", $"{clips} clips", Duration(seconds + background));
        AnsiConsole.Write(table);

        long bytes = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        AnsiConsole.MarkupLine(
            $"speakers: {manifest.Speakers["train"].Count} train / {manifest.Speakers["validation"].Count} validation / {manifest.Speakers["test"].Count} test " +
            $"({string.Join(", ", manifest.Generator.Engines.Keys)})");
        AnsiConsole.MarkupLine($"wrote {bytes / 1e6:0.0} MB to [bold]{Markup.Escape(root)}[/] in {elapsed.TotalSeconds:0.0} s; data hash {manifest.DataHash}");
    }

    private static string Duration(double seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        return seconds >= 3600
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:D2}:{time.Seconds:D2}")
            : time.ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture);
    }
}
