namespace WearableAI.Training.Hub;

/// <summary>The hub's wake verification threshold chosen on the validation split, and why.</summary>
/// <param name="Threshold">P(wake) at or above which a wake candidate is verified.</param>
/// <param name="MissRate">Validation wake clips below the threshold, 0…1.</param>
/// <param name="FalseAcceptsPerHour">Validation false accepts per hour at the threshold (negative clips back to back, held-out noise).</param>
/// <param name="NegativeHours">Hours of validation audio the false accepts were counted over.</param>
/// <param name="TargetFalseAcceptsPerHour">The target it was chosen for.</param>
/// <param name="MaxMissRate">The largest miss rate it could trade for fewer false accepts.</param>
/// <param name="Reason">How it was chosen, in words.</param>
public sealed record WakeThresholdChoice(double Threshold, double MissRate, double FalseAcceptsPerHour, double NegativeHours, double TargetFalseAcceptsPerHour, double MaxMissRate, string Reason);
