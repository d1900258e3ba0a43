using System.Globalization;
using Spectre.Console;
using WearableAI.Training.Eval;

namespace WearableAI.Tools.Commands;

/// <summary>
/// The summary <c>wai eval</c> prints: the tiers (and the peer) side by side, every figure per engine
/// family, false accepts per background kind, the human-speech probe, the peer's DET table and the budgets.
/// </summary>
internal static class EvalSummary
{
    public static void Print(EvalReport report, string json)
    {
        TierReport[] tiers = new[] { report.Teacher, report.Hub, report.TinyFloat, report.Tiny, report.Cascade, report.Peer }.OfType<TierReport>().ToArray();
        var table = new Table().Title($"wai eval — {report.Clips} {report.Split} clips ({report.WakeClips} wake), {report.BackgroundHours * 60:F1} min background + {report.NegativeClipHours * 60:F1} min negative clips");
        table.AddColumns("tier", "miss", "FA/h", "FA/h bg", "FA/h clips", "cmds", "forced", "unk. rej.", "pooled", "acc.", "thr.");
        foreach (TierReport tier in tiers)
        {
            table.AddRow(tier.Name, Percent(tier.WakeMissRate), Number(tier.FalseAcceptsPerHour), Number(tier.FalseAcceptsPerHourBackground), Number(tier.FalseAcceptsPerHourNegativeClips),
                Percent(tier.CommandAccuracyMean), Percent(tier.CommandAccuracyForcedChoice), Percent(tier.UnknownRejected), Percent(tier.CommandAccuracy), Percent(tier.Accuracy), Number(tier.Threshold));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]miss: wake clips missed; FA/h: false accepts per hour (all negatives / background / negative clips); cmds: the ten commands recognised, mean over the ten; "
            + "forced: forced choice among the ten (as the peer's grammar answers); unk. rej.: unknown words rejected; pooled: the old pooled command_accuracy (secondary); acc.: confusion-matrix accuracy[/]");
        PrintGroups("per engine family", tiers, t => t.Families);
        PrintGroups("clean / noisy", tiers, t => t.Conditions);
        PrintKinds(tiers);
        PrintPeerDet(report.Peer);
        PrintLeaveOneOut(report.LeaveOneEngineOut);
        PrintBudgets(report.Budgets);
        foreach (string note in report.Notes) AnsiConsole.MarkupLine($"[grey]note:[/] {Markup.Escape(note)}");
        AnsiConsole.MarkupLine(Markup.Escape($"wrote {json} and {report.Plots.Count} plots beside it ({report.Seconds:F0} s)"));
    }

    private static void PrintGroups(string title, TierReport[] tiers, Func<TierReport, IReadOnlyList<GroupFigures>?> groups)
    {
        TierReport[] with = tiers.Where(t => groups(t) is { Count: > 0 }).ToArray();
        if (with.Length == 0) return;
        string[] names = with.SelectMany(t => groups(t)!.Select(g => g.Name)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var figures = new (string Name, Func<GroupFigures, string> Cell)[]
        {
            ("wake miss", g => Percent(g.WakeMissRate)),
            ("FA/h on its own negative clips", g => Number(g.FalseAcceptsPerHour)),
            ("commands, mean of ten", g => Percent(g.CommandAccuracyMean)),
            ("commands, forced choice among the ten", g => Percent(g.CommandAccuracyForcedChoice)),
            ("unknown words rejected", g => Percent(g.UnknownRejected)),
        };
        foreach ((string figure, Func<GroupFigures, string> cell) in figures)
        {
            TierReport[] columns = with.Where(t => groups(t)!.Any(g => cell(g) != "-")).ToArray();
            if (columns.Length == 0) continue;
            var table = new Table().Title($"{figure}, {title}");
            table.AddColumn("group");
            table.AddColumn("clips (wake)");
            foreach (TierReport tier in columns) table.AddColumn(tier.Name);
            foreach (string name in names)
            {
                GroupFigures? any = with.Select(t => groups(t)!.FirstOrDefault(g => g.Name == name)).FirstOrDefault(g => g != null);
                var cells = new List<string> { name, any is null ? "-" : $"{any.Clips} ({any.WakeClips})" };
                cells.AddRange(columns.Select(t => groups(t)!.FirstOrDefault(g => g.Name == name) is GroupFigures g ? cell(g) : "-"));
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }

            AnsiConsole.Write(table);
        }
    }

    private static void PrintKinds(TierReport[] tiers)
    {
        TierReport[] with = tiers.Where(t => t.FalseAcceptsPerHourByKind is { Count: > 0 } || t.HumanProbe != null).ToArray();
        if (with.Length == 0) return;
        string[] kinds = with.SelectMany(t => t.FalseAcceptsPerHourByKind?.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToArray();
        var table = new Table().Title("false accepts per hour by background kind, and the human-speech probe");
        table.AddColumn("tier");
        foreach (string kind in kinds) table.AddColumn(kind);
        table.AddColumn("human-speech probe");
        foreach (TierReport tier in with)
        {
            var cells = new List<string> { tier.Name };
            cells.AddRange(kinds.Select(k => tier.FalseAcceptsPerHourByKind?.TryGetValue(k, out double v) == true ? Number(v) : "-"));
            cells.Add(tier.HumanProbe is HumanProbe p ? $"{p.Accepts} in {p.Hours * 60:F1} min = {Number(p.FalseAcceptsPerHour)} FA/h" : "no human audio");
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        AnsiConsole.Write(table);
    }

    private static void PrintPeerDet(TierReport? peer)
    {
        if (peer?.Det is not { Count: > 0 } det) return;
        var table = new Table().Title($"{peer.Name}: keyphrase threshold sweep (log10 threshold; lower finds more)");
        table.AddColumns("threshold", "wake miss", "FA/h");
        foreach (DetPoint p in det.OrderByDescending(p => p.Threshold))
        {
            table.AddRow($"1e{p.Threshold:0}{(p.Threshold == peer.Threshold ? " (operating)" : "")}", Percent(p.MissRate), Number(p.FalseAcceptsPerHour));
        }

        AnsiConsole.Write(table);
    }

    private static void PrintLeaveOneOut(IReadOnlyList<HeldOutFamily>? rows)
    {
        if (rows is not { Count: > 0 }) return;
        var table = new Table().Title("leave one engine out: each family with it in training (this run) and without it");
        table.AddColumns("family", "tier", "wake miss with", "without", "commands with", "without");
        foreach (HeldOutFamily row in rows)
        {
            table.AddRow(Markup.Escape(row.Family), row.Tier, Percent(row.WakeMissSeen), Percent(row.WakeMissUnseen), Percent(row.CommandsSeen), Percent(row.CommandsUnseen));
        }

        AnsiConsole.Write(table);
    }

    private static void PrintBudgets(IReadOnlyList<BudgetCheck> checks)
    {
        var budgets = new Table().Title("budgets (DESIGN.md)");
        budgets.AddColumns("figure", "measured", "budget", "verdict", "off by");
        foreach (BudgetCheck check in checks)
        {
            string verdict = check.Verdict switch { "pass" => "[green]pass[/]", "miss" => "[red]miss[/]", _ => "[grey]not measured[/]" };
            budgets.AddRow(check.Figure, Number(check.Measured), $"{(check.AtMost ? "≤" : "≥")} {Number(check.Budget)} {Markup.Escape(check.Unit)}", verdict, check.Verdict == "miss" ? $"{check.Shortfall:N2} {Markup.Escape(check.Unit)}" : "");
        }

        AnsiConsole.Write(budgets);
    }

    private static string Percent(double? value) => value is double v ? $"{v * 100:F1} %" : "-";

    private static string Number(double? value) => value is double v ? v.ToString(Math.Abs(v) >= 1000 ? "N0" : "0.##", CultureInfo.InvariantCulture) : "-";
}
