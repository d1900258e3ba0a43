namespace WearableAI.Training.Hub;

/// <summary>What the hub model achieves on one split.</summary>
/// <param name="CommandAccuracy">Non-wake clips on 40-frame centred windows: argmax over commands, unknown and silence equals the label.</param>
/// <param name="WakeRecall">Wake clips on 48-frame windows with P(wake) ≥ the threshold.</param>
/// <param name="WakeFalseAcceptRate">Other clips (confusables, commands, unknown, silence) on 48-frame windows with P(wake) ≥ the threshold.</param>
/// <param name="FalseAcceptsPerHour">Wake accepts per hour while streaming held-out background recordings (null when not measured).</param>
/// <param name="StreamHours">Hours of background streamed for <paramref name="FalseAcceptsPerHour"/>.</param>
/// <param name="Clips">Clips evaluated.</param>
public sealed record HubMetrics(double CommandAccuracy, double WakeRecall, double WakeFalseAcceptRate, double? FalseAcceptsPerHour, double StreamHours, int Clips)
{
    /// <summary>The early-stopping score: the mean of command accuracy, wake recall and wake rejection.</summary>
    public double Score => (CommandAccuracy + WakeRecall + (1 - WakeFalseAcceptRate)) / 3;

    /// <inheritdoc />
    public override string ToString() =>
        $"commands {CommandAccuracy:P1}, wake recall {WakeRecall:P1}, wake false accepts {WakeFalseAcceptRate:P1}"
        + (FalseAcceptsPerHour is double fa ? $", {fa:F1} FA/h over {StreamHours * 60:F1} min" : string.Empty);
}
