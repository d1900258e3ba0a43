using WearableAI.Training.Hub;
using WearableAI.Training.Tiny;

namespace WearableAI.Training.Pipeline;

/// <summary><c>metrics.json</c> beside a model.</summary>
public sealed record ModelMetrics
{
    /// <summary><c>teacher</c>, <c>hub</c> or <c>tiny</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Trainable parameters.</summary>
    public long Parameters { get; init; }

    /// <summary>Size of the exported file in bytes (ONNX or blob), 0 when not exported.</summary>
    public long ExportBytes { get; init; }

    /// <summary>Largest |TorchSharp − ONNX Runtime| logit difference, when checked.</summary>
    public double? ParityMaxAbsDifference { get; init; }

    /// <summary>On the validation split, background streamed.</summary>
    public HubMetrics? Validation { get; init; }

    /// <summary>On the test split (held-out voices), background streamed.</summary>
    public HubMetrics? Test { get; init; }

    /// <summary>The kept epoch.</summary>
    public int BestEpoch { get; init; }

    /// <summary>Per-epoch loss and validation.</summary>
    public IReadOnlyList<EpochResult> Epochs { get; init; } = [];

    /// <summary>Tiny model figures (float, QAT, integer accuracy, wake recall, pruning), for <c>tiny</c> only.</summary>
    public TinyMetrics? Tiny { get; init; }

    /// <summary>Blob vs integer reference parity, for <c>tiny</c> only.</summary>
    public TinyParityReport? TinyParity { get; init; }

    /// <summary>The wake verification threshold chosen on validation, for <c>hub</c> only.</summary>
    public WakeThresholdChoice? WakeThreshold { get; init; }

    /// <summary>Seconds spent training.</summary>
    public double TrainSeconds { get; init; }
}
