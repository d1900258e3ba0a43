namespace WearableAI.Training.Eval;

/// <summary>A long stretch of negative audio as int8 features, streamed to count false accepts.</summary>
/// <param name="Name">What it is (a background recording's path, or <c>negative clips</c>).</param>
/// <param name="Features">Frame-major int8 features.</param>
/// <param name="Bands">Features per frame.</param>
/// <param name="IsBackground">True for <c>_background_noise_</c> recordings, false for concatenated negative clips.</param>
public sealed record FeatureStream(string Name, sbyte[] Features, int Bands, bool IsBackground)
{
    /// <summary>Number of frames.</summary>
    public int Frames => Features.Length / Bands;
}
