using WearableAI.Shared.Inference;
using WearableAI.Shared.Models;

namespace WearableAI.Training.Eval;

/// <summary>
/// Streams int8 features frame by frame through the shared <see cref="ModelRunner"/> built from the
/// watch blob — the watch's own kernels — and keeps every output row.
/// </summary>
public sealed class TinyStreamer
{
    private readonly WatchModel _model;
    private readonly ModelRunner _runner;

    /// <summary>Creates a runner for <paramref name="model"/> (allocated once, reset per clip).</summary>
    public TinyStreamer(WatchModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _runner = model.CreateRunner();
        Classes = model.Labels.Length;
    }

    /// <summary>Logits per row.</summary>
    public int Classes { get; }

    /// <summary>Streams frame-major <paramref name="features"/> from a reset runner.</summary>
    /// <returns>The rows (frame-major int8 logits), and per row the input frame that completed it.</returns>
    public (sbyte[] Rows, int[] Frames) Stream(ReadOnlySpan<sbyte> features, int bands)
    {
        _runner.Reset();
        sbyte[] buffer = features.ToArray();
        int frames = buffer.Length / bands;
        var rows = new List<sbyte>();
        var at = new List<int>();
        for (int f = 0; f < frames; f++)
        {
            if (_runner.PushFrame(buffer, f * bands, null))
            {
                rows.AddRange(_runner.Scores.AsSpan(0, Classes).ToArray());
                at.Add(f);
            }
        }

        return ([.. rows], [.. at]);
    }

    /// <summary>
    /// The smoothed wake score of every row as the watch's <see cref="WakeDetector"/> computes it (the floor of the
    /// mean over the blob's smoothing window): a row triggers at threshold <c>t</c> exactly when its score is ≥ <c>t</c>
    /// and no trigger is in its refractory period (<see cref="WakeTrigger.Triggers"/>). Rows before the window is full
    /// have no score (<see cref="int.MinValue"/>): the watch never triggers on them.
    /// </summary>
    public int[] WakeScores(sbyte[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int n = rows.Length / Classes;
        var detector = new WakeDetector(_model.SmoothingFrames, int.MaxValue, 0);
        var smoothed = new int[n];
        for (int r = 0; r < n; r++)
        {
            detector.Push(_model.WakeScore(rows, r * Classes));
            smoothed[r] = detector.IsFull ? detector.Smoothed : int.MinValue;
        }

        return smoothed;
    }
}
