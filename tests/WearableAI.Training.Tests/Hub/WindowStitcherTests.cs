using WearableAI.Training.Data;
using WearableAI.Training.Hub;

namespace WearableAI.Training.Tests.Hub;

public sealed class WindowStitcherTests
{
    private const int Bands = 4;
    private const int Wake = 0, Command = 1, Unknown = 2, Silence = 3;
    private static readonly int Stored = FeatureWindows.StoredFrames;

    [Fact]
    public void A_stitched_command_window_starts_with_the_tail_of_a_wake_phrase_then_the_command_from_its_start()
    {
        WindowSet set = Set(Wake, Command, Unknown, Silence);
        var stitcher = new WindowStitcher(set, probability: 1, Wake, Unknown, Silence);

        for (int seed = 0; seed < 20; seed++)
        {
            (float[] features, long[] labels) = BatchBuilder.Build(set, [1], FeatureWindows.CommandFrames, randomCrop: true, AugmentationSettings.None, new Random(seed), stitcher);

            Assert.Equal(Command, labels[0]);
            int tail = CountTail(features);
            Assert.InRange(tail, 1, WindowStitcher.MaxShiftFrames);
            for (int f = 0; f < FeatureWindows.CommandFrames; f++)
            {
                Assert.Equal(f < tail ? (0, Stored - tail + f) : (1, f - tail), Source(features, f, FeatureWindows.CommandFrames));
            }
        }
    }

    [Fact]
    public void A_stitched_wake_window_moves_the_phrase_towards_the_end_after_a_negative_window()
    {
        WindowSet set = Set(Wake, Command, Unknown, Silence);
        var stitcher = new WindowStitcher(set, probability: 1, Wake, Unknown, Silence);

        (float[] features, long[] labels) = BatchBuilder.Build(set, [0], FeatureWindows.WakeFrames, randomCrop: true, AugmentationSettings.None, new Random(3), stitcher);

        Assert.Equal(Wake, labels[0]);
        (int firstWindow, _) = Source(features, 0, FeatureWindows.WakeFrames);
        Assert.Contains(firstWindow, new[] { 2, 3 });
        int shift = Enumerable.Range(0, FeatureWindows.WakeFrames).First(f => Source(features, f, FeatureWindows.WakeFrames).Window == 0);
        Assert.InRange(shift, 1, WindowStitcher.MaxShiftFrames);
        Assert.Equal((0, FeatureWindows.WakeFrames - 1 - shift), Source(features, FeatureWindows.WakeFrames - 1, FeatureWindows.WakeFrames));
    }

    [Fact]
    public void Running_speech_joins_two_unknown_windows_and_stays_unknown_while_silence_is_never_stitched()
    {
        WindowSet set = Set(Wake, Command, Unknown, Unknown, Silence);
        var stitcher = new WindowStitcher(set, probability: 1, Wake, Unknown, Silence);
        var random = new Random(5);

        Assert.True(stitcher.TryStitch(2, FeatureWindows.WakeFrames, random, out int first, out int second, out int crop));
        Assert.Contains(first, new[] { 2, 3 });
        Assert.Contains(second, new[] { 2, 3 });
        Assert.InRange(crop, 0, Stored);
        Assert.False(stitcher.TryStitch(4, FeatureWindows.WakeFrames, random, out _, out _, out _));
        Assert.False(stitcher.TryStitch(1, FeatureWindows.WakeFrames, random, out _, out _, out _)); // a command alone in a wake-length window
    }

    [Fact]
    public void Probability_zero_leaves_every_window_as_it_was()
    {
        WindowSet set = Set(Wake, Command, Unknown, Silence);
        var none = new WindowStitcher(set, probability: 0, Wake, Unknown, Silence);

        float[] with = BatchBuilder.Build(set, [0, 1, 2, 3], FeatureWindows.CommandFrames, true, AugmentationSettings.None, new Random(7), none).Features;
        float[] without = BatchBuilder.Build(set, [0, 1, 2, 3], FeatureWindows.CommandFrames, true, AugmentationSettings.None, new Random(7)).Features;

        Assert.Equal(without, with);
    }

    /// <summary>Each stored frame's first band encodes (window, frame) so a batch value tells where it came from.</summary>
    private static WindowSet Set(params int[] labels)
    {
        var windows = new sbyte[labels.Length * Stored * Bands];
        for (int w = 0; w < labels.Length; w++)
        {
            for (int f = 0; f < Stored; f++)
            {
                windows[((w * Stored) + f) * Bands] = (sbyte)((w * Stored) + f - 128);
            }
        }

        return WindowSet.FromClips(new ClipFeatures(Bands, windows, labels, [.. labels.Select((_, i) => $"x/{i}.wav")]));
    }

    private static (int Window, int Frame) Source(float[] features, int frame, int frames)
    {
        Assert.InRange(frame, 0, frames - 1);
        int code = (int)features[frame] + 128; // band 0 of the model layout [bands, frames]
        return (code / Stored, code % Stored);
    }

    private static int CountTail(float[] features)
    {
        int tail = 0;
        while (Source(features, tail, FeatureWindows.CommandFrames).Window == 0) tail++;
        return tail;
    }
}
