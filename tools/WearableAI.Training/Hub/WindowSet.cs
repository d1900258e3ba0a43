using WearableAI.Training.Data;

namespace WearableAI.Training.Hub;

/// <summary>
/// Labelled stored windows (<see cref="FeatureWindows.StoredFrames"/> frames each) that training or
/// evaluation draws from: a split's clips plus silence windows cut from noise recordings.
/// </summary>
public sealed class WindowSet
{
    private WindowSet(int bands, sbyte[] windows, int[] labels)
    {
        Bands = bands;
        Windows = windows;
        Labels = labels;
    }

    /// <summary>Features per frame.</summary>
    public int Bands { get; }

    /// <summary>All windows back to back, frame-major.</summary>
    public sbyte[] Windows { get; }

    /// <summary>Class per window.</summary>
    public int[] Labels { get; }

    /// <summary>Number of windows.</summary>
    public int Count => Labels.Length;

    /// <summary>Values per window.</summary>
    public int WindowLength => FeatureWindows.StoredFrames * Bands;

    /// <summary>
    /// The clips of a split plus silence windows from the noise recordings: from their training part
    /// (<see cref="BackgroundStream.TrainingFrames"/>) for training, from the held-out rest otherwise.
    /// Speech recordings are never used (their voices are the test voices).
    /// </summary>
    public static WindowSet Build(ClipFeatures clips, IReadOnlyList<BackgroundStream> background, bool training, int silenceLabel, int strideFrames)
    {
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentNullException.ThrowIfNull(background);
        int bands = clips.Bands;
        int length = FeatureWindows.StoredFrames * bands;
        var windows = new List<sbyte>(clips.Windows);
        var labels = new List<int>(clips.Labels);
        foreach (BackgroundStream stream in background.Where(s => !s.HoldsSpeech))
        {
            int first = training ? 0 : stream.TrainingFrames;
            int end = training ? stream.TrainingFrames : stream.Frames;
            for (int start = first; start + FeatureWindows.StoredFrames <= end; start += strideFrames)
            {
                windows.AddRange(stream.Features.AsSpan(start * bands, length));
                labels.Add(silenceLabel);
            }
        }

        return new WindowSet(bands, [.. windows], [.. labels]);
    }

    /// <summary>Clips only, as stored (no background windows).</summary>
    public static WindowSet FromClips(ClipFeatures clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        return new WindowSet(clips.Bands, clips.Windows, clips.Labels);
    }
}
