namespace WearableAI.Training.Eval;

/// <summary>One measured figure next to its DESIGN.md budget.</summary>
/// <param name="Figure">Report key, e.g. <c>tiny.weights_bytes</c>.</param>
/// <param name="Measured">The measurement (null: not measured).</param>
/// <param name="Budget">The limit.</param>
/// <param name="Unit">Unit, in words.</param>
/// <param name="AtMost">True when the measurement must be at most the budget, false when at least.</param>
public sealed record BudgetCheck(string Figure, double? Measured, double Budget, string Unit, bool AtMost)
{
    /// <summary><c>pass</c>, <c>miss</c> or <c>not measured</c>.</summary>
    public string Verdict => Measured is not double m ? "not measured" : (AtMost ? m <= Budget : m >= Budget) ? "pass" : "miss";

    /// <summary>How far off a miss is, in the figure's unit (0 for a pass or no measurement).</summary>
    public double Shortfall => Measured is double m && Verdict == "miss" ? Math.Abs(m - Budget) : 0;
}
