namespace WearableAI.Bench;

/// <summary>
/// One line of the bench report: a figure measured against one DESIGN.md budget (or an extra
/// figure with no budget, <see cref="Verdict"/> "info"), with a baseline measured in the same run where one exists.
/// </summary>
/// <param name="Budget">The DESIGN.md budget it belongs to (<see cref="DesignBudgets"/>).</param>
/// <param name="Figure">What was measured.</param>
/// <param name="Value">The figure (null when not measured).</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Limit">The budget as text, e.g. "≤ 500,000" ("" for info lines).</param>
/// <param name="Verdict">pass, miss, info or "not run".</param>
/// <param name="Baseline">A same-run baseline, or "".</param>
/// <param name="Source">How it was measured.</param>
public sealed record BudgetRow(string Budget, string Figure, double? Value, string Unit, string Limit, string Verdict, string Baseline, string Source)
{
    /// <summary>A figure checked against a limit.</summary>
    public static BudgetRow Check(string budget, string figure, double value, string unit, double limit, bool atMost, string baseline, string source) =>
        new(budget, figure, value, unit, $"{(atMost ? "≤" : "≥")} {Number(limit)}",
            double.IsNaN(value) ? "not measured" : (atMost ? value <= limit : value >= limit) ? "pass" : "miss", baseline, source);

    /// <summary>A figure shown without a limit.</summary>
    public static BudgetRow Info(string budget, string figure, double? value, string unit, string baseline, string source) =>
        new(budget, figure, value, unit, "", "info", baseline, source);

    /// <summary>A budget whose part was not run (listed so the report always covers every budget).</summary>
    public static BudgetRow NotRun(string budget, string part) =>
        new(budget, "—", null, "", DesignBudgets.LimitOf(budget), "not run", "", $"run `wai bench --only {part}`");

    /// <summary>A number as the report prints it.</summary>
    public static string Number(double? value) => value is not double v || double.IsNaN(v) ? "n/a"
        : Math.Abs(v) >= 1000 ? v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
        : v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
