using WearableAI.Training.Hub;

namespace WearableAI.Training.Eval;

/// <summary>
/// Chooses the hub's wake threshold on the validation split's cascade — the tiny model streamed over running audio,
/// the hub verifying each trigger's window exactly as the watch sends it — rather than on clip-centred windows the
/// watch never sends: the smallest threshold whose false accepts per hour meet the target while the cascade's
/// misses stay within the limit; when none does, the highest threshold within the miss limit (the wake word must
/// fire: a false wake costs a command window, a miss costs the wearer); never below one half. The test split never
/// takes part.
/// </summary>
public static class CascadeThresholdChooser
{
    /// <summary>
    /// The cascade miss rate the threshold may cost on validation, whose wake clips are half clean and half noisy:
    /// the mean of the budget's clean (5 %) and noisy (15 %) limits (DESIGN.md).
    /// </summary>
    public const double MaxMissRate = (Budgets.CascadeWakeMissRateClean + Budgets.CascadeWakeMissRateNoisy) / 2;

    /// <summary>
    /// Thresholds tried, ascending: P(wake) 0.50 … 0.98, then 0.99, 0.995, 0.999. Never below one half: the hub verifies,
    /// and below one half it would pass windows it reads as more likely not the wake phrase than the wake phrase
    /// (the same floor as <see cref="WakeThresholdChooser"/>).
    /// </summary>
    public static IReadOnlyList<double> Grid { get; } = [.. Enumerable.Range(25, 25).Select(i => i / 50.0), 0.99, 0.995, 0.999];

    /// <summary>Chooses the threshold from the validation cascade's scores.</summary>
    /// <param name="validation">The cascade's scores on the validation split.</param>
    /// <param name="targetPerHour">False accepts per hour to meet (the budget).</param>
    /// <param name="maxMissRate">The largest cascade miss rate the threshold may cost.</param>
    public static WakeThresholdChoice Choose(CascadeScores validation, double targetPerHour, double maxMissRate = MaxMissRate)
    {
        ArgumentNullException.ThrowIfNull(validation);
        double hours = validation.NegativeHours;
        double? meets = Grid.Cast<double?>().FirstOrDefault(t => validation.FalseAcceptsPerHour(t!.Value) <= targetPerHour && validation.MissRate(t.Value) <= maxMissRate);
        if (meets is double chosen)
        {
            return new WakeThresholdChoice(chosen, validation.MissRate(chosen), validation.FalseAcceptsPerHour(chosen), hours, targetPerHour, maxMissRate,
                $"smallest threshold with ≤ {targetPerHour} false accepts/h and ≤ {maxMissRate:P0} cascade misses on validation");
        }

        double[] withinMissLimit = [.. Grid.Where(t => validation.MissRate(t) <= maxMissRate)];
        double best = withinMissLimit.Length > 0 ? withinMissLimit.Max() : Grid[0];
        string reason = withinMissLimit.Length > 0
            ? $"the target of {targetPerHour} false accepts/h is out of reach within {maxMissRate:P0} cascade misses on validation: highest threshold within the miss limit"
            : $"even the lowest threshold misses more than {maxMissRate:P0} of the validation cascade's wake clips: the lowest, {Grid[0]}";
        return new WakeThresholdChoice(best, validation.MissRate(best), validation.FalseAcceptsPerHour(best), hours, targetPerHour, maxMissRate, reason);
    }
}
