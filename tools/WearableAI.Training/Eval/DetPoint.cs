namespace WearableAI.Training.Eval;

/// <summary>One operating point: at <paramref name="Threshold"/>, the wake miss rate and the false accepts per hour.</summary>
/// <param name="Threshold">The swept threshold (int8 score for the tiny model, P(wake) otherwise).</param>
/// <param name="MissRate">Fraction of wake clips not accepted, 0…1.</param>
/// <param name="FalseAcceptsPerHour">Accepts per hour over the streamed negatives.</param>
public sealed record DetPoint(double Threshold, double MissRate, double FalseAcceptsPerHour);
