namespace WearableAI.Training.Eval;

/// <summary>What the tiny int8 model did at its blob threshold, for the cascade: which clips triggered, and where in each stream.</summary>
/// <param name="Report">The tiny tier's figures.</param>
/// <param name="ClipTriggered">Per clip: the watch triggered while the clip streamed.</param>
/// <param name="StreamTriggers">Per negative stream: the input frames at which the watch triggered.</param>
public sealed record TinyRun(TierReport Report, bool[] ClipTriggered, IReadOnlyList<(FeatureStream Stream, List<int> Frames)> StreamTriggers);
