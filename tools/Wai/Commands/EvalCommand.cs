using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using WearableAI.Training.Data;
using WearableAI.Training.Eval;

namespace WearableAI.Tools.Commands;

/// <summary>
/// <c>wai eval</c>: every model tier and the cascade on a dataset, with plots and budgets (docs/evaluation.md).
/// The work is in WearableAI.Training/Eval; this file binds options and prints the summary.
/// </summary>
internal sealed class EvalCommand : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        string json = Path.GetFullPath(settings.Json!);
        Directory.CreateDirectory(Path.GetDirectoryName(json)!);
        var request = new EvalRequest(settings.Data!, settings.Models, json, settings.Split, !settings.NoCache);
        EvalReport? report = null;
        try
        {
            TrainProgress.Run(progress => report = Evaluation.Run(request, progress));
        }
        catch (DatasetException e)
        {
            throw new UserFacingException(e.Message);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<DatasetException>().FirstOrDefault() is DatasetException inner)
        {
            throw new UserFacingException(inner.Message);
        }

        Print(report!, json);
        return 0;
    }

    private static void Print(EvalReport report, string json)
    {
        var tiers = new Table().Title($"wai eval — {report.Clips} {report.Split} clips ({report.WakeClips} wake), {report.BackgroundHours * 60:F1} min background + {report.NegativeClipHours * 60:F1} min negative clips");
        tiers.AddColumns("tier", "accuracy", "commands", "wake miss", "FA/h (all)", "FA/h background", "FA/h neg. clips", "threshold");
        foreach (TierReport? tier in new[] { report.Teacher, report.Hub, report.TinyFloat, report.Tiny, report.Cascade })
        {
            if (tier == null) continue;
            tiers.AddRow(tier.Name, Percent(tier.Accuracy), Percent(tier.CommandAccuracy), Percent(tier.WakeMissRate), Number(tier.FalseAcceptsPerHour), Number(tier.FalseAcceptsPerHourBackground), Number(tier.FalseAcceptsPerHourNegativeClips), Number(tier.Threshold));
        }

        AnsiConsole.Write(tiers);
        var budgets = new Table().Title("budgets (DESIGN.md)");
        budgets.AddColumns("figure", "measured", "budget", "verdict", "off by");
        foreach (BudgetCheck check in report.Budgets)
        {
            string verdict = check.Verdict switch { "pass" => "[green]pass[/]", "miss" => "[red]miss[/]", _ => "[grey]not measured[/]" };
            budgets.AddRow(check.Figure, Number(check.Measured), $"{(check.AtMost ? "≤" : "≥")} {Number(check.Budget)} {Markup.Escape(check.Unit)}", verdict, check.Verdict == "miss" ? $"{check.Shortfall:N2} {Markup.Escape(check.Unit)}" : "");
        }

        AnsiConsole.Write(budgets);
        foreach (string note in report.Notes) AnsiConsole.MarkupLine($"[grey]note:[/] {Markup.Escape(note)}");
        AnsiConsole.MarkupLine(Markup.Escape($"wrote {json} and {report.Plots.Count} plots beside it ({report.Seconds:F0} s)"));
    }

    private static string Percent(double? value) => value is double v ? $"{v * 100:F1} %" : "-";

    private static string Number(double? value) => value is double v ? v.ToString(Math.Abs(v) >= 1000 ? "N0" : "0.##", CultureInfo.InvariantCulture) : "-";
}
