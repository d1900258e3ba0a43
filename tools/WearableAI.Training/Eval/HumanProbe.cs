namespace WearableAI.Training.Eval;

/// <summary>False accepts on real human speech (recordings nobody trained a wake phrase on): the background <c>human-*</c> recordings and the negative clips of the <c>human</c> family.</summary>
/// <param name="Hours">Hours of human speech streamed.</param>
/// <param name="Accepts">False accepts on it at the operating threshold.</param>
/// <param name="FalseAcceptsPerHour">Accepts per hour.</param>
/// <param name="Recordings">Background recordings of kind <c>human</c>.</param>
/// <param name="Clips">Negative clips of the <c>human</c> family.</param>
public sealed record HumanProbe(double Hours, long Accepts, double FalseAcceptsPerHour, int Recordings, int Clips);
