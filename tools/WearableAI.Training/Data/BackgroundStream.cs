namespace WearableAI.Training.Data;

/// <summary>The features of one long <c>_background_noise_</c> recording, frame-major int8.</summary>
/// <param name="Path">Relative path in the dataset.</param>
/// <param name="Features">All frames back to back.</param>
/// <param name="Bands">Features per frame.</param>
public sealed record BackgroundStream(string Path, sbyte[] Features, int Bands)
{
    /// <summary>Number of frames.</summary>
    public int Frames => Features.Length / Bands;

    /// <summary>
    /// True for recordings of speech or babble (<c>wai data synth</c> names them <c>speech</c> and
    /// <c>babble</c> and speaks them with held-out test voices): they are used only to measure false
    /// accepts, never for training, so that no test voice leaks into training.
    /// </summary>
    public bool HoldsSpeech
    {
        get
        {
            string name = System.IO.Path.GetFileNameWithoutExtension(Path).ToLowerInvariant();
            return name.Contains("speech", StringComparison.Ordinal) || name.Contains("babble", StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Frames of a noise recording used for training silence windows: the first
    /// <see cref="TrainingShare"/>; the rest is held out for validation and false-accept streams.
    /// </summary>
    public int TrainingFrames => HoldsSpeech ? 0 : (int)(Frames * TrainingShare);

    /// <summary>Share of each noise recording used for training.</summary>
    public const double TrainingShare = 0.6;
}
