namespace WearableAI.Training.Eval;

/// <summary>One row of the leave-one-engine-out check: a family's figures on one tier with the family in training and without it.</summary>
/// <param name="Family">The engine family.</param>
/// <param name="Tier">hub, tiny or cascade.</param>
/// <param name="WakeMissSeen">Its wake miss, models trained with it (this evaluation).</param>
/// <param name="WakeMissUnseen">Its wake miss, models trained without it.</param>
/// <param name="CommandsSeen">Its commands (mean of ten), trained with it.</param>
/// <param name="CommandsUnseen">Its commands (mean of ten), trained without it.</param>
/// <param name="Report">The report of the models trained without it.</param>
public sealed record HeldOutFamily(string Family, string Tier, double? WakeMissSeen, double? WakeMissUnseen, double? CommandsSeen, double? CommandsUnseen, string Report);
