namespace WearableAI.Training.Hub;

/// <summary>What happened during a training run.</summary>
/// <param name="Epochs">Validation results after each epoch, in order.</param>
/// <param name="BestEpoch">The epoch (1-based) whose weights were kept.</param>
/// <param name="StoppedEarly">True when patience ran out before the last epoch.</param>
/// <param name="Seconds">Wall-clock seconds spent.</param>
public sealed record TrainingHistory(IReadOnlyList<EpochResult> Epochs, int BestEpoch, bool StoppedEarly, double Seconds)
{
    /// <summary>The kept epoch's result.</summary>
    public EpochResult Best => Epochs[BestEpoch - 1];
}
