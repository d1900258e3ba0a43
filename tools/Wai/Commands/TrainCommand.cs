using Spectre.Console;
using Spectre.Console.Cli;
using WearableAI.Training.Data;
using WearableAI.Training.Hub;
using WearableAI.Training.Pipeline;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai train</c>: teacher → distilled hub model → tiny watch model → export (docs/training.md).
/// The work is in WearableAI.Training/Pipeline; this file binds options and prints the summary.
/// </summary>
internal sealed class TrainCommand : Command<TrainSettings>
{
    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        TrainRequest request = settings.ToRequest();
        RunSummary? summary = null;
        try
        {
            TrainProgress.Run(progress => summary = TrainingPipeline.Run(request, progress));
        }
        catch (DatasetException e)
        {
            throw new UserFacingException(e.Message);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<DatasetException>().FirstOrDefault() is DatasetException inner)
        {
            throw new UserFacingException(inner.Message);
        }

        PrintSummary(summary!);
        return 0;
    }

    private static void PrintSummary(RunSummary summary)
    {
        var table = new Table().Title($"wai train — {summary.Clips[0]} train / {summary.Clips[1]} validation / {summary.Clips[2]} test clips");
        table.AddColumns("model", "parameters", "export", "val commands", "val wake recall", "val wake FA", "test commands", "test wake recall", "test FA/h");
        foreach (ModelMetrics model in summary.Models)
        {
            HubMetrics? v = model.Validation;
            HubMetrics? t = model.Test;
            table.AddRow(
                model.Model,
                $"{model.Parameters:N0}",
                model.ExportBytes > 0 ? $"{model.ExportBytes / 1024.0:N0} KB" : "-",
                v == null ? "-" : $"{v.CommandAccuracy:P1}",
                v != null ? $"{v.WakeRecall:P1}" : model.Tiny != null ? $"{model.Tiny.WakeRecall:P1}" : "-",
                v != null ? $"{v.WakeFalseAcceptRate:P1}" : model.Tiny != null ? $"{model.Tiny.FalseAcceptRate:P1}" : "-",
                t == null ? "-" : $"{t.CommandAccuracy:P1}",
                t == null ? "-" : $"{t.WakeRecall:P1}",
                t?.FalseAcceptsPerHour is double fa ? $"{fa:F1}" : "-");
        }

        AnsiConsole.Write(table);
        foreach (ModelMetrics model in summary.Models.Where(m => m.Tiny != null))
        {
            AnsiConsole.MarkupLine(Markup.Escape($"tiny (validation windows): {model.Tiny}; blob {(model.TinyParity!.BitExact ? "bit-exact" : "NOT bit-exact")} vs integer reference"));
        }

        string stages = string.Join(", ", summary.StageSeconds.Select(s => $"{s.Key} {s.Value:F0} s"));
        AnsiConsole.MarkupLine(Markup.Escape($"time: {summary.TotalSeconds:F0} s ({stages}){(summary.FeaturesFromCache ? "; features from cache" : string.Empty)}"));
        AnsiConsole.MarkupLine($"wrote [bold]{Markup.Escape(summary.Folder)}[/] (config.json and metrics.json beside each model); data {Markup.Escape(summary.DataHash)}");
    }
}
