using WearableAI.Shared.Audio;

namespace WearableAI.Training.Tiny;

/// <summary>Everything that shapes a tiny-model training run. Same options and data and seed → same model.</summary>
public sealed record TinyTrainingOptions
{
    /// <summary>Network sizes before pruning (classes must equal <see cref="Labels"/>).</summary>
    public TinyNetShape Shape { get; init; } = TinyNetShape.Watch;

    /// <summary>Labels in logit order; the watch only spots the wake phrase, the hub does the commands.</summary>
    public IReadOnlyList<string> Labels { get; init; } = ["hey_nano", "unknown", "silence"];

    /// <summary>Index of the wake phrase in <see cref="Labels"/>.</summary>
    public int WakeIndex { get; init; }

    /// <summary>Seed of weight initialisation, shuffling and everything random.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Intra-op threads for libtorch (process-wide; 1 makes float sums reproducible).</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Windows per optimisation step.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Adam learning rate of the float phase and pruning fine-tuning.</summary>
    public double LearningRate { get; init; } = 3e-3;

    /// <summary>Epochs of float training before pruning.</summary>
    public int FloatEpochs { get; init; } = 20;

    /// <summary>Fraction of channels removed from every prunable group (0 = no pruning).</summary>
    public double ChannelSparsity { get; init; } = 0.25;

    /// <summary>Pruning steps of the schedule.</summary>
    public int PruningSteps { get; init; } = 3;

    /// <summary>Fine-tuning epochs after each pruning step.</summary>
    public int EpochsPerPruningStep { get; init; } = 2;

    /// <summary>Quantisation-aware training epochs.</summary>
    public int QatEpochs { get; init; } = 6;

    /// <summary>Learning rate of quantisation-aware training.</summary>
    public double QatLearningRate { get; init; } = 1e-3;

    /// <summary>Batches run to calibrate activation ranges before QAT starts.</summary>
    public int CalibrationBatches { get; init; } = 8;

    /// <summary>Weight α of the hard-label loss; 1 − α goes to the teacher (ignored without teacher logits).</summary>
    public double DistillationAlpha { get; init; } = 0.5;

    /// <summary>Distillation temperature T.</summary>
    public double Temperature { get; init; } = 2.0;

    /// <summary>
    /// Stitched windows added per training window (running speech, the wake phrase after other sounds),
    /// which the pipeline builds before training (<c>Pipeline/TinyStitching</c>); 0 for none.
    /// </summary>
    public double StitchedShare { get; init; }

    /// <summary>Fraction of validation wake windows the tuned threshold must catch.</summary>
    public double TargetRecall { get; init; } = 0.97;

    /// <summary>
    /// Score output rows by the wake logit's margin over the largest other logit (written to the blob as a
    /// flag; <c>WatchModel.WakeScoreIsMargin</c>) instead of the wake logit alone: training separates
    /// classes by logit differences, so the margin is the quantity it makes reliable.
    /// </summary>
    public bool WakeScoreIsMargin { get; init; } = true;

    /// <summary>Output frames the watch averages the wake score over (written to the blob).</summary>
    public int SmoothingFrames { get; init; } = 1;

    /// <summary>Front end the features come from (written to the blob).</summary>
    public FrontEndSettings FrontEnd { get; init; } = new();

    /// <summary>Throws a clear error for inconsistent options.</summary>
    public void Check()
    {
        Shape.Validate();
        if (Labels.Count != Shape.Classes)
        {
            throw new ArgumentException($"{Labels.Count} labels but the network has {Shape.Classes} classes.");
        }

        if (WakeIndex < 0 || WakeIndex >= Labels.Count)
        {
            throw new ArgumentException($"Wake index {WakeIndex} is not a label index (0…{Labels.Count - 1}).");
        }

        if (StitchedShare < 0 || StitchedShare > 4)
        {
            throw new ArgumentException($"Stitched share must be in [0, 4]; got {StitchedShare}.");
        }

        if (ChannelSparsity < 0 || ChannelSparsity >= 1)
        {
            throw new ArgumentException($"Channel sparsity must be in [0, 1); got {ChannelSparsity}.");
        }

        if (FrontEnd.MelBands != Shape.Bands)
        {
            throw new ArgumentException($"Front end has {FrontEnd.MelBands} mel bands; the network expects {Shape.Bands}.");
        }

        if (BatchSize < 1 || Threads < 1 || SmoothingFrames < 1 || SmoothingFrames > 64)
        {
            throw new ArgumentException("Batch size and threads must be ≥ 1; smoothing frames 1…64.");
        }
    }
}
