using WearableAI.Shared.Inference;

namespace WearableAI.Training.Tiny;

/// <summary>A trained, pruned, quantisation-aware tiny model with its integer layers, threshold and metrics.</summary>
/// <param name="Model">The network (fake-quantising, ranges frozen); the caller disposes it.</param>
/// <param name="Layers">Its int8 layers (what the blob carries).</param>
/// <param name="Options">The options it was trained with.</param>
/// <param name="WakeThreshold">Tuned smoothed wake logit threshold (int8 units).</param>
/// <param name="Metrics">Validation figures.</param>
public sealed record TinyTrainingResult(TinyKeywordNet Model, QuantizedLayer[] Layers, TinyTrainingOptions Options, int WakeThreshold, TinyMetrics Metrics);
