using WearableAI.Training.Data;
using WearableAI.Training.Hub;

namespace WearableAI.Training.Tests.Hub;

public sealed class BatchBuilderTests
{
    private const int Bands = 32;

    [Fact]
    public void The_evaluation_command_window_is_the_centred_40_frames_in_the_models_band_by_frame_layout()
    {
        WindowSet set = WindowSet.FromClips(Clips(2));

        (float[] features, long[] labels) = BatchBuilder.Build(set, [1], FeatureWindows.CommandFrames, randomCrop: false, AugmentationSettings.None, new Random(1));

        Assert.Equal([1L], labels);
        for (int f = 0; f < FeatureWindows.CommandFrames; f++)
        {
            for (int b = 0; b < Bands; b++)
            {
                int stored = (FeatureWindows.StoredFrames * Bands) + ((FeatureWindows.CentredCommandOffset + f) * Bands) + b;
                Assert.Equal(set.Windows[stored], features[(b * FeatureWindows.CommandFrames) + f]);
            }
        }
    }

    [Fact]
    public void Augmented_batches_are_the_same_for_the_same_seed_and_stay_in_the_int8_range()
    {
        WindowSet set = WindowSet.FromClips(Clips(4));
        var augmentation = new AugmentationSettings();

        float[] first = BatchBuilder.Build(set, [0, 1, 2, 3], FeatureWindows.WakeFrames, true, augmentation, new Random(9)).Features;
        float[] second = BatchBuilder.Build(set, [0, 1, 2, 3], FeatureWindows.WakeFrames, true, augmentation, new Random(9)).Features;

        Assert.Equal(first, second);
        Assert.All(first, v => Assert.InRange(v, -128f, 127f));
    }

    [Fact]
    public void A_warped_training_window_has_its_formants_moved_as_MelWarp_moves_them()
    {
        WindowSet set = WindowSet.FromClips(Clips(1));
        var warpOnly = new AugmentationSettings(0, 0, 0, 0, 0, MelWarpProbability: 1);

        float[] plain = BatchBuilder.Build(set, [0], FeatureWindows.WakeFrames, false, AugmentationSettings.None, new Random(3)).Features;
        float[] warped = BatchBuilder.Build(set, [0], FeatureWindows.WakeFrames, false, warpOnly, new Random(3)).Features;

        Random same = new(3);
        _ = same.NextDouble(); // the draw that decides to warp
        float[] expected = [.. plain];
        MelWarp.ApplyBandMajor(expected, Bands, FeatureWindows.WakeFrames, MelWarp.RandomFactor(same), new float[Bands]);
        Assert.NotEqual(plain, warped);
        Assert.Equal(expected, warped);
    }

    [Fact]
    public void A_wake_window_is_never_masked_or_cut_in_time_so_it_never_looks_like_the_truncated_negatives()
    {
        // Labels are the clip indices: window 0 plays the wake phrase, window 1 another word.
        WindowSet set = WindowSet.FromClips(Clips(2));
        var timeOnly = new AugmentationSettings(TimeMasks: 2, MaxTimeMask: 6, FrequencyMasks: 0, MaxFrequencyMask: 0, MaxLevelShift: 0, MelWarpProbability: 0);
        float[] wakeCentred = BatchBuilder.Build(set, [0], FeatureWindows.CommandFrames, false, AugmentationSettings.None, new Random(1)).Features;
        float[] otherCentred = BatchBuilder.Build(set, [1], FeatureWindows.CommandFrames, false, AugmentationSettings.None, new Random(1)).Features;

        int otherChanged = 0;
        for (int seed = 0; seed < 50; seed++)
        {
            float[] wake = BatchBuilder.Build(set, [0], FeatureWindows.CommandFrames, true, timeOnly, new Random(seed), wholeInTime: 0).Features;
            float[] other = BatchBuilder.Build(set, [1], FeatureWindows.CommandFrames, true, timeOnly, new Random(seed), wholeInTime: 0).Features;
            Assert.Equal(wakeCentred, wake);
            otherChanged += other.SequenceEqual(otherCentred) ? 0 : 1;
        }

        Assert.True(otherChanged > 40, $"other words should still be masked and cropped anywhere: {otherChanged} of 50 changed");
    }

    private static ClipFeatures Clips(int count)
    {
        var windows = new sbyte[count * FeatureWindows.StoredFrames * Bands];
        for (int i = 0; i < windows.Length; i++) windows[i] = (sbyte)((i * 37 % 256) - 128);
        return new ClipFeatures(Bands, windows, Enumerable.Range(0, count).ToArray(), Enumerable.Range(0, count).Select(i => $"x/{i}.wav").ToArray());
    }
}
