using WearableAI.Training.Hub;
using WearableAI.Training.Models;
using WearableAI.Training.Tiny;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// Sizes and schedules of one <c>wai train</c> run. <see cref="Default"/> is what the shipped models are
/// trained with (measured in docs/training.md); <see cref="Smoke"/> runs in well under a minute for CI.
/// Network shapes carry a placeholder class count; the pipeline sets it from the vocabulary.
/// </summary>
/// <param name="Name">Preset name.</param>
/// <param name="Teacher">Teacher network.</param>
/// <param name="Hub">Distilled hub network.</param>
/// <param name="TeacherTraining">Teacher schedule (cross-entropy).</param>
/// <param name="HubTraining">Hub schedule (distillation).</param>
/// <param name="BackgroundStrideFrames">Stride of the silence windows cut from noise recordings.</param>
/// <param name="Tiny">Tiny watch-model schedule (labels, seed and front end are set by the pipeline).</param>
/// <param name="HubWakeMaxMissRate">The hub's wake threshold is chosen on validation (<see cref="WakeThresholdChooser"/>) for the false-accept budget within this miss rate (the tiny model's misses come on top in the cascade).</param>
public sealed record TrainPreset(string Name, KeywordNetShape Teacher, KeywordNetShape Hub, TrainingOptions TeacherTraining, TrainingOptions HubTraining, int BackgroundStrideFrames, TinyTrainingOptions Tiny, double HubWakeMaxMissRate = 0.03)
{
    /// <summary>The preset names <c>--preset</c> accepts.</summary>
    public static IReadOnlyList<string> Names => ["default", "smoke"];

    /// <summary>
    /// Full training: a wide teacher, the hub-sized DS-CNN distilled from it, the tiny model's own
    /// defaults plus one stitched window per training window. Epochs of 220 steps (28,160 windows,
    /// drawn afresh each epoch from the ~35,000 clips of the many-engine dataset and its running
    /// speech), hard negatives mined from epoch 3 on; 8 teacher and 10 hub epochs fit the 60-minute
    /// budget on a shared 2-core machine (docs/training.md, "Timings").
    /// </summary>
    public static TrainPreset Default => new(
        "default",
        new KeywordNetShape(Width: 192, Blocks: 6, Dropout: 0.2),
        KeywordNetShape.Hub,
        new TrainingOptions(Epochs: 8, BatchSize: 128, LearningRate: 4e-3, Patience: 4, MaxStepsPerEpoch: 220, Alpha: 1.0, StitchProbability: 0.4, MiningFromEpoch: 3, MiningMax: 3000),
        new TrainingOptions(Epochs: 10, BatchSize: 128, LearningRate: 4e-3, Patience: 4, MaxStepsPerEpoch: 220, Temperature: 4.0, Alpha: 0.3, StitchProbability: 0.4, MiningFromEpoch: 3, MiningMax: 3000),
        BackgroundStrideFrames: 16,
        new TinyTrainingOptions { QatEpochs = 10, StitchedShare = 1.0 },
        HubWakeMaxMissRate: 0.015);

    /// <summary>CI: tiny networks, a few steps.</summary>
    public static TrainPreset Smoke => new(
        "smoke",
        new KeywordNetShape(Width: 32, Blocks: 2, Dropout: 0.1),
        new KeywordNetShape(Width: 24, Blocks: 2, Dropout: 0.1),
        new TrainingOptions(Epochs: 6, BatchSize: 32, LearningRate: 1e-2, Patience: 6, MaxStepsPerEpoch: 8, Alpha: 1.0, StitchProbability: 0.4, MiningFromEpoch: 3, MiningMax: 64),
        new TrainingOptions(Epochs: 6, BatchSize: 32, LearningRate: 1e-2, Patience: 6, MaxStepsPerEpoch: 8, Temperature: 4.0, Alpha: 0.3, StitchProbability: 0.4),
        BackgroundStrideFrames: 24,
        new TinyTrainingOptions { FloatEpochs = 3, PruningSteps = 1, EpochsPerPruningStep = 1, QatEpochs = 1, CalibrationBatches = 2, StitchedShare = 0.5 });

    /// <summary>The preset called <paramref name="name"/>, or null.</summary>
    public static TrainPreset? Named(string name) => name switch
    {
        "default" => Default,
        "smoke" => Smoke,
        _ => null,
    };
}
