using WearableAI.Training.Data;

namespace WearableAI.Training.Hub;

/// <summary>
/// Training windows as the hub meets them on the wire, stitched from two stored windows
/// (<see cref="FeatureWindows.StoredFrames"/> each, side by side) and cropped:
/// <list type="bullet">
/// <item><b>Running speech</b> (an <c>unknown</c> window): two negative windows back to back, cropped
/// anywhere — partial words at both edges, as when the watch triggers inside a conversation.</item>
/// <item><b>Wake at the end</b> (a 48-frame wake window): a negative or silence window, then the wake
/// window, cropped up to <see cref="MaxShiftFrames"/> frames early — the phrase sits nearer the end, as in
/// a wake candidate, which ends at the watch's trigger.</item>
/// <item><b>Command after the wake phrase</b> (a 40-frame command window): a wake window, then the command
/// window, cropped so that the last 1…<see cref="MaxShiftFrames"/> frames of the wake phrase come first — as in
/// the command the watch captures from the frame after its trigger.</item>
/// </list>
/// Only the frames move: every frame comes from the front end unchanged (frames are independent with
/// the default front end: hop = window, no noise normalisation), so a stitch is what the watch would compute.
/// </summary>
public sealed class WindowStitcher
{
    /// <summary>Largest shift of the wake phrase and largest wake tail before a command, frames (≈ 0.26 s).</summary>
    public const int MaxShiftFrames = 8;

    private readonly WindowSet _set;
    private readonly int _wake;
    private readonly int _unknown;
    private readonly int _silence;
    private readonly int[] _wakeWindows;
    private readonly int[] _unknownWindows;
    private readonly int[] _negativeWindows;

    /// <summary>Indexes the windows of <paramref name="set"/> by kind.</summary>
    /// <param name="set">Training windows.</param>
    /// <param name="probability">Share of eligible windows that are stitched (0…1).</param>
    /// <param name="wakeLabel">Class of the wake phrase.</param>
    /// <param name="unknownLabel">Class of other speech.</param>
    /// <param name="silenceLabel">Class of silence and noise.</param>
    public WindowStitcher(WindowSet set, double probability, int wakeLabel, int unknownLabel, int silenceLabel)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        _set = set;
        Probability = probability;
        _wake = wakeLabel;
        _unknown = unknownLabel;
        _silence = silenceLabel;
        _wakeWindows = Where(l => l == wakeLabel);
        _unknownWindows = Where(l => l == unknownLabel);
        _negativeWindows = Where(l => l == unknownLabel || l == silenceLabel);
    }

    /// <summary>Share of eligible windows that are stitched.</summary>
    public double Probability { get; }

    /// <summary>
    /// Decides whether window <paramref name="window"/> is stitched for a <paramref name="frames"/>-frame input;
    /// if so, returns the partner window, and the crop start within [first | second].
    /// </summary>
    /// <returns>False to use the window alone.</returns>
    public bool TryStitch(int window, int frames, Random random, out int first, out int second, out int crop)
    {
        ArgumentNullException.ThrowIfNull(random);
        (first, second, crop) = (window, window, 0);
        if (Probability <= 0 || random.NextDouble() >= Probability)
        {
            return false;
        }

        int stored = FeatureWindows.StoredFrames;
        int label = _set.Labels[window];
        if (label == _unknown && _unknownWindows.Length > 1)
        {
            int other = _unknownWindows[random.Next(_unknownWindows.Length)];
            (first, second) = random.Next(2) == 0 ? (window, other) : (other, window);
            crop = random.Next(2 * stored - frames + 1);
            return true;
        }

        if (label == _wake && frames == FeatureWindows.WakeFrames && _negativeWindows.Length > 0)
        {
            (first, second) = (_negativeWindows[random.Next(_negativeWindows.Length)], window);
            crop = stored - random.Next(1, MaxShiftFrames + 1);
            return true;
        }

        if (label != _wake && label != _unknown && label != _silence && frames == FeatureWindows.CommandFrames && _wakeWindows.Length > 0)
        {
            (first, second) = (_wakeWindows[random.Next(_wakeWindows.Length)], window);
            crop = stored - random.Next(1, MaxShiftFrames + 1);
            return true;
        }

        return false;
    }

    private int[] Where(Func<int, bool> label) => [.. Enumerable.Range(0, _set.Count).Where(i => label(_set.Labels[i]))];
}
