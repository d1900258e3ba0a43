using WearableAI.Shared.Audio;
using WearableAI.Training.Data;

namespace WearableAI.Training.Eval;

/// <summary>
/// What every tier is evaluated on: the clips of one split (stored 48-frame windows, computed by the
/// shared front end, same as training) and the negative streams — the held-out part of each
/// <c>_background_noise_</c> recording (the part training never saw) and the non-wake clips
/// concatenated.
/// </summary>
public sealed class EvalData
{
    /// <summary>Gathers the split's clips and streams.</summary>
    public EvalData(DatasetFolder dataset, FeatureSet features, DataSplit? split, FrontEndSettings settings)
        : this(
            (dataset ?? throw new ArgumentNullException(nameof(dataset))).Vocabulary,
            ClipsOf(features, split),
            features.Background,
            settings)
    {
        Dataset = dataset;
    }

    /// <summary>Evaluation data from clips and background recordings already in features (tests build small ones).</summary>
    /// <param name="vocabulary">The classes.</param>
    /// <param name="clips">The evaluated clips.</param>
    /// <param name="background">Background recordings; their held-out part is streamed.</param>
    /// <param name="settings">Front-end settings (frames per hour).</param>
    public EvalData(Vocabulary vocabulary, ClipFeatures clips, IReadOnlyList<BackgroundStream> background, FrontEndSettings settings)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(settings);
        Vocabulary = vocabulary;
        Settings = settings;
        Clips = clips;
        Bands = Clips.Bands;
        FramesPerHour = settings.FramesPerKilosecond * 3.6;
        var streams = new List<FeatureStream>();
        foreach (BackgroundStream recording in background)
        {
            int first = recording.TrainingFrames;
            if (recording.Frames - first <= 0) continue;
            streams.Add(new FeatureStream(recording.Path, recording.Features.AsSpan(first * Bands).ToArray(), Bands, true));
        }

        var negatives = new List<sbyte>();
        for (int i = 0; i < Clips.Count; i++)
        {
            if (Clips.Labels[i] != Vocabulary.WakeIndex) negatives.AddRange(Clips.Window(i).ToArray());
        }

        if (negatives.Count > 0) streams.Add(new FeatureStream(NegativeClipsName, [.. negatives], Bands, false));
        Streams = streams;
    }

    /// <summary>Name of the stream of the split's non-wake clips concatenated.</summary>
    public const string NegativeClipsName = "negative clips";

    /// <summary>The scanned dataset (null when built from features directly).</summary>
    public DatasetFolder? Dataset { get; }

    /// <summary>The classes.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Front-end settings.</summary>
    public FrontEndSettings Settings { get; }

    /// <summary>The evaluated clips.</summary>
    public ClipFeatures Clips { get; }

    /// <summary>Negative streams (background first, then the concatenated negative clips).</summary>
    public IReadOnlyList<FeatureStream> Streams { get; }

    /// <summary>Features per frame.</summary>
    public int Bands { get; }

    /// <summary>Feature frames per hour of audio.</summary>
    public double FramesPerHour { get; }

    /// <summary>Indices of the wake clips.</summary>
    public int[] WakeClips => Enumerable.Range(0, Clips.Count).Where(i => Clips.Labels[i] == Vocabulary.WakeIndex).ToArray();

    /// <summary>Hours of audio in the background streams, the negative-clip stream, and both.</summary>
    public (double Background, double NegativeClips) StreamHours => (
        Streams.Where(s => s.IsBackground).Sum(s => (double)s.Frames) / FramesPerHour,
        Streams.Where(s => !s.IsBackground).Sum(s => (double)s.Frames) / FramesPerHour);

    /// <summary>Inputs <c>[clips, bands, frames]</c> for the windows starting at <paramref name="offset"/> of each stored window.</summary>
    public float[] ClipInputs(IReadOnlyList<int> clips, int offset, int frames)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var inputs = new float[clips.Count * Bands * frames];
        for (int k = 0; k < clips.Count; k++)
        {
            ReadOnlySpan<sbyte> window = Clips.Window(clips[k]);
            Transpose(window, offset, frames, inputs, k);
        }

        return inputs;
    }

    /// <summary>Inputs <c>[starts, bands, frames]</c> for windows of a stream at the given start frames (clamped into the stream).</summary>
    public float[] StreamInputs(FeatureStream stream, IReadOnlyList<int> starts, int frames)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(starts);
        var inputs = new float[starts.Count * Bands * frames];
        for (int k = 0; k < starts.Count; k++)
        {
            int start = Math.Clamp(starts[k], 0, Math.Max(0, stream.Frames - frames));
            Transpose(stream.Features, start, Math.Min(frames, stream.Frames), inputs, k, frames);
        }

        return inputs;
    }

    private void Transpose(ReadOnlySpan<sbyte> frameMajor, int offset, int frames, float[] inputs, int index, int width = -1)
    {
        int w = width < 0 ? frames : width;
        int bands = Bands;
        for (int f = 0; f < frames; f++)
        {
            for (int b = 0; b < bands; b++)
            {
                inputs[((index * bands) + b) * w + f] = frameMajor[((offset + f) * bands) + b];
            }
        }
    }

    private static ClipFeatures ClipsOf(FeatureSet features, DataSplit? split)
    {
        ArgumentNullException.ThrowIfNull(features);
        return split is DataSplit s ? features.Split(s) : Concatenate(features.Train, features.Validation, features.Test);
    }

    private static ClipFeatures Concatenate(params ClipFeatures[] parts) => new(
        parts[0].Bands,
        parts.SelectMany(p => p.Windows).ToArray(),
        parts.SelectMany(p => p.Labels).ToArray(),
        parts.SelectMany(p => p.Paths).ToArray());
}
