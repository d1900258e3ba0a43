namespace WearableAI.Training.Eval;

/// <summary>
/// A detection-error trade-off curve: miss rate against false accepts per hour as the threshold
/// sweeps from low (few misses, many false accepts) to high.
/// </summary>
public static class DetCurve
{
    /// <summary>Evaluates <paramref name="missRate"/> and <paramref name="falseAcceptsPerHour"/> at each threshold, in ascending order.</summary>
    public static IReadOnlyList<DetPoint> Sweep(IEnumerable<double> thresholds, Func<double, double> missRate, Func<double, double> falseAcceptsPerHour)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(missRate);
        ArgumentNullException.ThrowIfNull(falseAcceptsPerHour);
        return thresholds.Distinct().Order().Select(t => new DetPoint(t, missRate(t), falseAcceptsPerHour(t))).ToArray();
    }

    /// <summary>P(wake) thresholds 0.00…1.00 in steps of 0.01, plus the operating threshold.</summary>
    public static IEnumerable<double> ProbabilityGrid(double operating) =>
        Enumerable.Range(0, 101).Select(i => i / 100.0).Append(operating);

    /// <summary>Every int8 score threshold −128…127 (the tiny model).</summary>
    public static IEnumerable<double> Int8Grid() => Enumerable.Range(-128, 256).Select(i => (double)i);

    /// <summary>The lowest miss rate among points with at most <paramref name="maxFalseAcceptsPerHour"/>, or null if none.</summary>
    public static double? MissRateAt(IReadOnlyList<DetPoint> curve, double maxFalseAcceptsPerHour)
    {
        ArgumentNullException.ThrowIfNull(curve);
        double[] misses = curve.Where(p => p.FalseAcceptsPerHour <= maxFalseAcceptsPerHour).Select(p => p.MissRate).ToArray();
        return misses.Length == 0 ? null : misses.Min();
    }
}
