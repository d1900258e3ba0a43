namespace WearableAI.Training.Hub;

/// <summary>What the hub model achieves on one split.</summary>
/// <param name="CommandAccuracy">Non-wake clips on 40-frame centred windows: argmax over commands, unknown and silence equals the label (pooled: the many unknown clips weigh most).</param>
/// <param name="WakeRecall">Wake clips on 48-frame windows with P(wake) ≥ the threshold.</param>
/// <param name="WakeFalseAcceptRate">Other clips (confusables, commands, unknown, silence) on 48-frame windows with P(wake) ≥ the threshold.</param>
/// <param name="FalseAcceptsPerHour">Wake accepts per hour while streaming held-out background recordings (null when not measured).</param>
/// <param name="StreamHours">Hours of background streamed for <paramref name="FalseAcceptsPerHour"/>.</param>
/// <param name="Clips">Clips evaluated.</param>
public sealed record HubMetrics(double CommandAccuracy, double WakeRecall, double WakeFalseAcceptRate, double? FalseAcceptsPerHour, double StreamHours, int Clips)
{
    /// <summary>
    /// The share of the other clips allowed to reach the wake threshold when <see cref="WakeRecallAtFalseAcceptTarget"/>
    /// is measured (1 in 1,000): the wake phrase is judged false accepts first, at an operating point near the one
    /// the threshold chooser will pick, not at a fixed probability that mining and distillation move.
    /// </summary>
    public const double FalseAcceptTarget = 0.001;

    /// <summary>Wake recall at the P(wake) threshold that lets <see cref="FalseAcceptTarget"/> of the other clips through.</summary>
    public double WakeRecallAtFalseAcceptTarget { get; init; }

    /// <summary>The ten commands recognised on their 40-frame windows: the mean over the commands of each one's accuracy.</summary>
    public double CommandAccuracyMean { get; init; }

    /// <summary>Unknown-word clips whose 40-frame window is classed unknown.</summary>
    public double UnknownRejected { get; init; }

    /// <summary>
    /// The checkpoint score: the mean of wake recall at the false-accept target, the mean command accuracy and
    /// unknown words rejected. Each is what a wearer notices (the wake word heard without false wakes, every command
    /// recognised, other words left alone); none depends on where P(wake) = 0.5 happens to fall.
    /// </summary>
    public double Score => (WakeRecallAtFalseAcceptTarget + CommandAccuracyMean + UnknownRejected) / 3;

    /// <inheritdoc />
    public override string ToString() =>
        $"commands {CommandAccuracyMean:P1} (mean of the ten; pooled {CommandAccuracy:P1}), unknown rejected {UnknownRejected:P1}, "
        + $"wake recall {WakeRecallAtFalseAcceptTarget:P1} at {FalseAcceptTarget:P1} false accepts ({WakeRecall:P1} / {WakeFalseAcceptRate:P2} at the threshold)"
        + (FalseAcceptsPerHour is double fa ? $", {fa:F1} FA/h over {StreamHours * 60:F1} min" : string.Empty);
}
