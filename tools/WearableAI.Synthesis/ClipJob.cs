using WearableAI.Synthesis.Voices;

namespace WearableAI.Synthesis;

/// <summary>
/// One clip to make. Speaker and text are drawn when the plan is made, from (seed, label,
/// index) alone; rendering draws everything else from its own stream of the same key.
/// </summary>
/// <param name="Label">The folder.</param>
/// <param name="Index">Position within the label, unique across splits.</param>
/// <param name="Split">Train, validation or test.</param>
/// <param name="Speaker">Who says it (null for silence).</param>
/// <param name="Text">What is said (empty for silence).</param>
/// <param name="RelativePath">Where it goes, e.g. <c>yes/espeak.en-us+Alex_nohash_00012.wav</c>.</param>
/// <param name="Truncated">A confusable negative that is the wake phrase cut short ("hey na–").</param>
/// <param name="Condition">How it is recorded (<see cref="ClipCondition"/>).</param>
/// <param name="SnrDb">For <see cref="ClipCondition.Noisy"/>: the speech-to-noise ratio, dB.</param>
public sealed record ClipJob(LabelSpec Label, int Index, DatasetSplit Split, Speaker? Speaker, string Text, string RelativePath, bool Truncated = false, ClipCondition Condition = ClipCondition.Augmented, double SnrDb = 0);
