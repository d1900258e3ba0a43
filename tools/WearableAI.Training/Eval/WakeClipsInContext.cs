using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// The split's wake clips as the watch meets them: not alone from a reset runner, but inside running
/// audio. Each wake clip's stored 48-frame window is preceded by <see cref="LeadFrames"/> frames of
/// negative audio and followed by enough for a trigger late in the clip plus the post-roll.
/// </summary>
/// <remarks>
/// The context comes, in order and wrapping round, from the split's non-wake clips concatenated (the
/// <see cref="EvalData.NegativeClipsName"/> stream; so wake clip k is preceded by negative clip 2k and
/// followed by negative clip 2k + 1 when the trail is one window) or, without negative clips, from the
/// first background stream; without either, a wake clip streams alone. Deterministic: the same data
/// gives the same sequences. Features are joined frame by frame (like the negative-clip stream), not
/// recomputed from joined audio.
/// </remarks>
public sealed class WakeClipsInContext
{
    /// <summary>Frames of running audio before each wake clip (one stored window, 1.5 s).</summary>
    public const int LeadFrames = FeatureWindows.StoredFrames;

    private WakeClipsInContext(FeatureStream stream, int[] clips, int[] starts, int[] lengths, int[] clipStarts)
    {
        Stream = stream;
        Clips = clips;
        Starts = starts;
        Lengths = lengths;
        ClipStarts = clipStarts;
    }

    /// <summary>Every sequence (context, wake clip, context) back to back; stream each one separately from its start.</summary>
    public FeatureStream Stream { get; }

    /// <summary>Per sequence: the index of its wake clip in <see cref="EvalData.Clips"/>.</summary>
    public int[] Clips { get; }

    /// <summary>Per sequence: its first frame in <see cref="Stream"/>.</summary>
    public int[] Starts { get; }

    /// <summary>Per sequence: its length in frames.</summary>
    public int[] Lengths { get; }

    /// <summary>Per sequence: the first frame of the wake clip's window in <see cref="Stream"/>.</summary>
    public int[] ClipStarts { get; }

    /// <summary>Number of sequences (= wake clips).</summary>
    public int Count => Clips.Length;

    /// <summary>Builds one sequence per wake clip of <paramref name="data"/>.</summary>
    /// <param name="data">The evaluation data.</param>
    /// <param name="trailFrames">Frames of context after each wake clip (rounded up to whole stored windows).</param>
    public static WakeClipsInContext Build(EvalData data, int trailFrames)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(trailFrames);
        int window = FeatureWindows.StoredFrames;
        int trail = (trailFrames + window - 1) / window * window;
        int bands = data.Bands;
        FeatureStream? pool = data.Streams.FirstOrDefault(s => !s.IsBackground) ?? data.Streams.FirstOrDefault();
        int poolFrames = pool?.Frames ?? 0;
        int lead = poolFrames == 0 ? 0 : LeadFrames;
        if (poolFrames == 0) trail = 0;
        int[] clips = data.WakeClips;
        var features = new List<sbyte>();
        var starts = new int[clips.Length];
        var lengths = new int[clips.Length];
        var clipStarts = new int[clips.Length];
        int cursor = 0;
        for (int k = 0; k < clips.Length; k++)
        {
            starts[k] = features.Count / bands;
            cursor = Append(features, pool, cursor, lead);
            clipStarts[k] = features.Count / bands;
            features.AddRange(data.Clips.Window(clips[k]).ToArray());
            cursor = Append(features, pool, cursor, trail);
            lengths[k] = (features.Count / bands) - starts[k];
        }

        var stream = new FeatureStream("wake clips in context", [.. features], bands, false);
        return new WakeClipsInContext(stream, clips, starts, lengths, clipStarts);
    }

    private static int Append(List<sbyte> features, FeatureStream? pool, int cursor, int frames)
    {
        if (pool is null || frames == 0) return cursor;
        int bands = pool.Bands;
        for (int f = 0; f < frames; f++)
        {
            features.AddRange(pool.Features.AsSpan(cursor * bands, bands).ToArray());
            cursor = (cursor + 1) % pool.Frames;
        }

        return cursor;
    }
}
