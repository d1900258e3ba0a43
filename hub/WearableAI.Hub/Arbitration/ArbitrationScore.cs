namespace WearableAI.Hub.Arbitration;

/// <summary>
/// Which device heard the utterance best. <c>score = snr + 2 × confidence</c>, where
/// <c>snr = (voice − ambient) / logScale</c> is the voice-to-ambient ratio in octaves (the front end's
/// log units, <c>logScale</c> steps per octave ≈ 6 dB), clamped to −4..16 (16 octaves ≈ 96 dB: wide enough that a quiet room does not saturate a near and a far
/// watch alike — at 8 it did, and the confidence alone decided), and <c>confidence</c> is the
/// hub model's probability of the wake label (the watch's own score when no hub model is loaded).
/// So a device one octave (≈ 6 dB) cleaner wins unless the other's confidence is 0.5 higher.
/// Highest score wins; a tie goes to the earlier arrival. Arrival order alone never decides.
/// </summary>
public static class ArbitrationScore
{
    public const double MinSnr = -4;
    public const double MaxSnr = 16;
    public const double ConfidenceWeight = 2;

    /// <summary>Voice-to-ambient ratio in octaves, clamped.</summary>
    public static double Snr(short voice, short ambient, int logScale) => Math.Clamp((voice - ambient) / (double)Math.Max(1, logScale), MinSnr, MaxSnr);

    public static double Of(short voice, short ambient, int logScale, double confidence) => Snr(voice, ambient, logScale) + (ConfidenceWeight * confidence);
}
