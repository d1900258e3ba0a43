namespace WearableAI.Training.Data;

/// <summary>
/// The fixed windows the hub model sees, in feature frames (31.25 frames/s with the default front end).
/// </summary>
/// <remarks>
/// <para><b>Wake verification: 48 frames (1.536 s).</b> The watch sends the features of about 1.5 s
/// with a wake candidate, at least 0.5 s of it before the phrase (DESIGN.md); "hey nano" lasts
/// 0.6–0.9 s, and 48 frames holds it with that pre-roll. 48 = 1.5 s rounded up to a whole
/// multiple of the stem's stride.</para>
/// <para><b>Commands: 40 frames (1.28 s).</b> Command clips are 1 s (31 frames, as in Speech
/// Commands); 40 frames leave ±0.14 s of slack for where the word starts after the wake phrase,
/// while keeping neighbouring speech mostly out.</para>
/// <para>Every clip is stored once as a 48-frame window (clip centred, padded by reflecting its own
/// edges so that the noise floor continues rather than dropping to digital silence); command
/// windows are 40-frame crops of it — random crops in training (time-shift augmentation), the
/// centre crop in evaluation.</para>
/// </remarks>
public static class FeatureWindows
{
    /// <summary>Frames of the wake verification window.</summary>
    public const int WakeFrames = 48;

    /// <summary>Frames of a command window.</summary>
    public const int CommandFrames = 40;

    /// <summary>Frames stored per clip (the larger window).</summary>
    public const int StoredFrames = WakeFrames;

    /// <summary>Offset of the centred command window inside the stored window.</summary>
    public const int CentredCommandOffset = (StoredFrames - CommandFrames) / 2;

    /// <summary>
    /// The clip centred in <paramref name="frames"/> frames' worth of samples (<paramref name="samplesPerFrame"/> each),
    /// padded by reflection at both ends, or its centre part when longer.
    /// </summary>
    public static short[] Place(short[] clip, int frames, int samplesPerFrame)
    {
        ArgumentNullException.ThrowIfNull(clip);
        int length = frames * samplesPerFrame;
        var window = new short[length];
        if (clip.Length == 0) return window;
        int lead = (length - clip.Length) / 2;
        for (int i = 0; i < length; i++)
        {
            window[i] = clip[Reflect(i - lead, clip.Length)];
        }

        return window;
    }

    private static int Reflect(int index, int length)
    {
        if (length == 1) return 0;
        int period = 2 * (length - 1);
        int folded = ((index % period) + period) % period;
        return folded < length ? folded : period - folded;
    }
}
