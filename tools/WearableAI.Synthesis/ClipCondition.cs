namespace WearableAI.Synthesis;

/// <summary>
/// How a clip is recorded. Training clips are augmented at random; validation and test clips are
/// made in two conditions that the evaluation reports apart (issue #12: miss rate clean and in
/// noise): clean — the voice as the engine said it, no room, noise or microphone — and noisy —
/// real noise of the split mixed in at a stated SNR, marked <c>_snr&lt;dB&gt;</c> in the file name.
/// </summary>
public enum ClipCondition
{
    /// <summary>Random augmentation (training).</summary>
    Augmented,

    /// <summary>No room, noise, microphone or codec.</summary>
    Clean,

    /// <summary>Noise always mixed in at the job's SNR; the rest of the augmentation at random.</summary>
    Noisy,
}
