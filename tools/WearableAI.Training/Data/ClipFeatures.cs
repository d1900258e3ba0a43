namespace WearableAI.Training.Data;

/// <summary>The stored feature windows of one split: <see cref="FeatureWindows.StoredFrames"/> frames per clip, frame-major int8.</summary>
public sealed class ClipFeatures
{
    /// <summary>Creates a split's features.</summary>
    /// <param name="bands">Features per frame.</param>
    /// <param name="windows">All windows back to back (<c>clip · StoredFrames · bands</c>).</param>
    /// <param name="labels">Class index per clip.</param>
    /// <param name="paths">Relative path per clip.</param>
    public ClipFeatures(int bands, sbyte[] windows, int[] labels, string[] paths)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(paths);
        if (windows.Length != labels.Length * FeatureWindows.StoredFrames * bands || paths.Length != labels.Length)
        {
            throw new ArgumentException("windows, labels and paths disagree in length");
        }

        Bands = bands;
        Windows = windows;
        Labels = labels;
        Paths = paths;
    }

    /// <summary>Features per frame.</summary>
    public int Bands { get; }

    /// <summary>All windows back to back.</summary>
    public sbyte[] Windows { get; }

    /// <summary>Class index per clip.</summary>
    public int[] Labels { get; }

    /// <summary>Relative path per clip.</summary>
    public string[] Paths { get; }

    /// <summary>Number of clips.</summary>
    public int Count => Labels.Length;

    /// <summary>Values per stored window.</summary>
    public int WindowLength => FeatureWindows.StoredFrames * Bands;

    /// <summary>The stored window of clip <paramref name="index"/>.</summary>
    public ReadOnlySpan<sbyte> Window(int index) => Windows.AsSpan(index * WindowLength, WindowLength);
}
