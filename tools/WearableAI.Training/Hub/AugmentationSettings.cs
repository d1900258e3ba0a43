namespace WearableAI.Training.Hub;

/// <summary>SpecAugment-style masking and level/time jitter applied to training windows (in the int8 feature domain).</summary>
/// <param name="TimeMasks">Time masks per window.</param>
/// <param name="MaxTimeMask">Longest time mask, frames.</param>
/// <param name="FrequencyMasks">Frequency masks per window.</param>
/// <param name="MaxFrequencyMask">Widest frequency mask, bands.</param>
/// <param name="MaxLevelShift">Largest level change, feature steps (8 steps = one octave of energy ≈ 6 dB with the default LogScale).</param>
/// <param name="MelWarpProbability">Share of windows whose mel axis is warped (<see cref="MelWarp"/>, vocal-tract-length perturbation: another speaker's formants).</param>
public sealed record AugmentationSettings(int TimeMasks = 2, int MaxTimeMask = 6, int FrequencyMasks = 2, int MaxFrequencyMask = 4, int MaxLevelShift = 8, double MelWarpProbability = 0.5)
{
    /// <summary>No augmentation (evaluation).</summary>
    public static AugmentationSettings None => new(0, 0, 0, 0, 0, 0);
}
