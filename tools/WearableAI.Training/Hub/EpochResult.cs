namespace WearableAI.Training.Hub;

/// <summary>One epoch: mean training loss and the validation metrics after it.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean loss over the epoch's steps.</param>
/// <param name="Validation">Validation metrics (no background streaming).</param>
public sealed record EpochResult(int Epoch, double TrainLoss, HubMetrics Validation);
