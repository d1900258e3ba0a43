namespace WearableAI.Training.Eval;

/// <summary>
/// What the cascade's hub saw on one split (<see cref="CascadeEvaluation.Score"/>): the hub's P(wake) on the window each
/// wake clip's tiny trigger sends, and on every trigger's window in the negative streams. Miss and false-accept rates
/// at any hub threshold follow without running a model again.
/// </summary>
/// <param name="WakeP">Per wake clip of the split (in <see cref="EvalData.WakeClips"/> order): P(wake), −∞ when the tiny model did not trigger on it.</param>
/// <param name="ClipP">The same per clip of the split (−∞ for the clips that are not wake clips or were not caught).</param>
/// <param name="Caught">Wake clips the tiny model triggered on in running audio.</param>
/// <param name="Negatives">Per negative stream: the tiny triggers (frames) and the hub's P(wake) on each one's window.</param>
/// <param name="FramesPerHour">Feature frames per hour of audio.</param>
public sealed record CascadeScores(float[] WakeP, float[] ClipP, int Caught, IReadOnlyList<(FeatureStream Stream, IReadOnlyList<int> Triggers, float[] P)> Negatives, double FramesPerHour)
{
    /// <summary>Hours of negative audio streamed.</summary>
    public double NegativeHours => Negatives.Sum(n => (double)n.Stream.Frames) / FramesPerHour;

    /// <summary>Wake clips the cascade misses at hub threshold <paramref name="threshold"/>, 0…1.</summary>
    public double MissRate(double threshold) => WakeP.Length == 0 ? 0 : 1 - (WakeP.Count(p => p >= threshold) / (double)WakeP.Length);

    /// <summary>Hub accepts per hour of the negative streams <paramref name="which"/> selects (all when null), at <paramref name="threshold"/>.</summary>
    public double FalseAcceptsPerHour(double threshold, Func<FeatureStream, bool>? which = null)
    {
        var chosen = Negatives.Where(n => which?.Invoke(n.Stream) ?? true).ToList();
        long accepts = chosen.Sum(n => (long)n.P.Count(p => p >= threshold));
        long frames = chosen.Sum(n => (long)n.Stream.Frames);
        return WakeTrigger.PerHour(accepts, frames, FramesPerHour);
    }
}
