using System.Globalization;
using System.Text;

namespace WearableAI.Bench;

/// <summary>report.md of `wai bench`: one table of every figure next to its budget, then the details of each part.</summary>
public static class BenchMarkdown
{
    /// <summary>The report as markdown.</summary>
    /// <param name="r">The report.</param>
    public static string Write(BenchSuiteReport r)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(c, $"# wai bench — {r.Date:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        md.AppendLine(c, $"Machine: {r.Machine}. Mode: {r.Mode}. Took {r.Seconds / 60:0.0} min.");
        md.AppendLine();
        md.AppendLine(Table(r.Rows));
        if (r.Failures.Count > 0)
        {
            md.AppendLine("## Parts that failed");
            md.AppendLine();
            foreach (string f in r.Failures)
            {
                md.AppendLine(c, $"- {f}");
            }

            md.AppendLine();
        }

        if (r.Capacity is { } cap)
        {
            md.AppendLine("## Connected watches (capacity)");
            md.AppendLine();
            md.AppendLine(c, $"Idle hub {cap.IdleHubMegabytes} MiB resident; {cap.Limits}. Largest fleet held (all connected, every heartbeat acknowledged): **{cap.LargestFleet:N0}**.");
            md.AppendLine();
            md.AppendLine("| watches | connected | heartbeats acked | hub RSS MiB | KiB per watch | connect s |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|");
            foreach (CapacityStep s in cap.Steps)
            {
                md.AppendLine(c, $"| {s.Target:N0} | {s.Connected:N0} | {s.Served:N0} | {s.HubMegabytes} | {s.KilobytesPerDevice} | {s.ConnectSeconds} |");
            }

            md.AppendLine();
        }

        if (r.Hub is { } hub)
        {
            md.AppendLine("## Hub load (HubBench)");
            md.AppendLine();
            md.AppendLine("```");
            md.AppendLine(HubLoad.BenchReportFormat.Table(hub));
            md.AppendLine("```");
            md.AppendLine();
        }

        if (r.ScaleOut is { } scaleOut)
        {
            md.AppendLine("## Scale-out: hub workers at equal CPU quota");
            md.AppendLine();
            md.AppendLine(ScaleOutPart.Markdown(scaleOut));
        }

        if (r.Fleet is { } fleet)
        {
            md.AppendLine("## Fleet");
            md.AppendLine();
            md.AppendLine("```");
            md.AppendLine(fleet.Format());
            md.AppendLine("```");
        }

        return md.ToString();
    }

    /// <summary>The budget table alone (the README quotes it).</summary>
    /// <param name="rows">Rows in order.</param>
    public static string Table(IReadOnlyList<BudgetRow> rows)
    {
        var md = new StringBuilder();
        md.AppendLine("| budget (DESIGN.md) | figure | measured | budget | verdict | baseline (same run) |");
        md.AppendLine("|---|---|---:|---|---|---|");
        string? last = null;
        foreach (BudgetRow row in rows)
        {
            string budget = row.Budget == last ? "″" : row.Budget;
            last = row.Budget;
            string verdict = row.Verdict switch { "pass" => "pass", "miss" => "**miss**", _ => row.Verdict };
            md.AppendLine(CultureInfo.InvariantCulture, $"| {budget} | {row.Figure} | {BudgetRow.Number(row.Value)} {row.Unit} | {row.Limit} | {verdict} | {row.Baseline} |");
        }

        return md.ToString();
    }
}
