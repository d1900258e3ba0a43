using WearableAI.Fleet;

namespace WearableAI.Bench;

/// <summary>Everything one `wai bench` measured (report.json); <see cref="BenchMarkdown"/> writes report.md.</summary>
/// <param name="Date">When it ran (UTC).</param>
/// <param name="Machine">OS, cores, CPU.</param>
/// <param name="Mode">full or quick, and the parts run.</param>
/// <param name="Rows">Every figure against its budget, DESIGN.md order.</param>
/// <param name="Fleet">The fleet run, if run.</param>
/// <param name="Hub">The hub load bench, if run.</param>
/// <param name="Capacity">The capacity sweep, if run.</param>
/// <param name="ScaleOut">The scale-out bench, if run.</param>
/// <param name="Failures">Parts that failed, with why.</param>
/// <param name="Seconds">Wall time of the whole bench.</param>
public sealed record BenchSuiteReport(
    DateTimeOffset Date,
    string Machine,
    string Mode,
    IReadOnlyList<BudgetRow> Rows,
    FleetReport? Fleet,
    HubLoad.BenchReport? Hub,
    CapacityFigures? Capacity,
    HubLoad.ScaleOut.ScaleOutReport? ScaleOut,
    IReadOnlyList<string> Failures,
    double Seconds)
{
    /// <summary>The budgets of DESIGN.md that have no row (empty when the report is complete).</summary>
    public IReadOnlyList<string> MissingBudgets => [.. DesignBudgets.All.Where(b => Rows.All(r => r.Budget != b))];
}
