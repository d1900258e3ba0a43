namespace WearableAI.Training.Hub;

/// <summary>Hyper-parameters of one training run (teacher or distilled hub model); all recorded in config.json.</summary>
/// <param name="Epochs">Most epochs.</param>
/// <param name="BatchSize">Windows per step.</param>
/// <param name="LearningRate">Peak AdamW learning rate (cosine decay to zero over the run).</param>
/// <param name="WeightDecay">AdamW weight decay.</param>
/// <param name="Patience">Epochs without a better validation score before stopping early.</param>
/// <param name="MaxStepsPerEpoch">Caps steps per epoch (smoke runs); null for a full pass.</param>
/// <param name="Temperature">Distillation temperature T (ignored without a teacher).</param>
/// <param name="Alpha">Weight of the hard-label term (1 = no distillation).</param>
/// <param name="Augmentation">SpecAugment-style masking and jitter.</param>
/// <param name="StitchProbability">Share of eligible training windows stitched with a partner (<see cref="WindowStitcher"/>): running speech, wake phrase near the window's end, command after the wake phrase's tail.</param>
/// <param name="MiningFromEpoch">From this epoch on (0: never), the training negatives the model takes for the wake phrase (<see cref="HardNegativeMiner"/>) are mined after each epoch and shown again in the next, once more for each round they stay hard (at most 4 times).</param>
/// <param name="MiningMax">Most hard negatives kept per round.</param>
public sealed record TrainingOptions(
    int Epochs = 20,
    int BatchSize = 64,
    double LearningRate = 3e-3,
    double WeightDecay = 1e-3,
    int Patience = 4,
    int? MaxStepsPerEpoch = null,
    double Temperature = 4.0,
    double Alpha = 0.3,
    AugmentationSettings? Augmentation = null,
    double StitchProbability = 0,
    int MiningFromEpoch = 0,
    int MiningMax = 2000)
{
    /// <summary>The augmentation in effect.</summary>
    public AugmentationSettings EffectiveAugmentation => Augmentation ?? new AugmentationSettings();
}
