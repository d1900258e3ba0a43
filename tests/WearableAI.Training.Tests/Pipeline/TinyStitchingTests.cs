using WearableAI.Training.Data;
using WearableAI.Training.Hub;
using WearableAI.Training.Pipeline;

namespace WearableAI.Training.Tests.Pipeline;

public sealed class TinyStitchingTests
{
    private const int Bands = 4;
    private static readonly int Stored = FeatureWindows.StoredFrames;
    private static readonly int Frames = FeatureWindows.WakeFrames;
    private static readonly Vocabulary Words = new("hey nano");

    [Fact]
    public void Running_speech_windows_join_a_non_wake_word_to_another_non_wake_window_and_are_unknown()
    {
        WindowSet set = Set(Words.WakeIndex, 1, Words.UnknownIndex, Words.SilenceIndex);

        (float[] features, long[] labels) = TinyStitching.Build(set, Words, share: 4, new Random(3));

        int running = 0;
        for (int n = 0; n < labels.Length; n++)
        {
            (int Window, int Frame)[] sources = [.. Enumerable.Range(0, Frames).Select(f => Source(features, n, f))];
            if (labels[n] == Words.WakeIndex) continue;
            running++;
            Assert.Equal(Words.UnknownIndex, labels[n]);
            Assert.DoesNotContain(sources, s => s.Window == 0); // never a piece of the wake phrase
            Assert.Contains(sources, s => s.Window is 1 or 2); // always some speech
            AssertContiguous(sources);
        }

        Assert.Equal(16 - 4, running); // 4 stitched per window; the wake phrase's share (1 in 4) goes to wake windows
    }

    [Fact]
    public void A_wake_window_after_other_sounds_moves_the_phrase_towards_the_end_and_stays_wake()
    {
        WindowSet set = Set(Words.WakeIndex, 1, Words.UnknownIndex, Words.SilenceIndex);

        (float[] features, long[] labels) = TinyStitching.Build(set, Words, share: 4, new Random(5));

        int[] wake = [.. Enumerable.Range(0, labels.Length).Where(n => labels[n] == Words.WakeIndex)];
        Assert.Equal(4, wake.Length);
        foreach (int n in wake)
        {
            (int Window, int Frame)[] sources = [.. Enumerable.Range(0, Frames).Select(f => Source(features, n, f))];
            int shift = Array.FindIndex(sources, s => s.Window == 0);
            Assert.InRange(shift, 1, WindowStitcher.MaxShiftFrames);
            Assert.All(sources.Take(shift), s => Assert.NotEqual(0, s.Window)); // other sounds first
            Assert.Equal((0, 0), sources[shift]); // then the wake window from its start
            Assert.Equal((0, Frames - 1 - shift), sources[^1]);
            AssertContiguous(sources);
        }
    }

    [Fact]
    public void A_share_of_zero_adds_nothing()
    {
        (float[] features, long[] labels) = TinyStitching.Build(Set(Words.WakeIndex, 1, Words.SilenceIndex), Words, share: 0, new Random(1));

        Assert.Empty(features);
        Assert.Empty(labels);
    }

    /// <summary>Each stored frame's first band encodes (window, frame) so a stitched value tells where it came from.</summary>
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

    private static (int Window, int Frame) Source(float[] features, int window, int frame)
    {
        int code = (int)features[(window * Bands * Frames) + frame] + 128; // band 0 of [bands, frames]
        return (code / Stored, code % Stored);
    }

    /// <summary>Frames run on one after another, across the seam from the end of one window to the start of the next.</summary>
    private static void AssertContiguous((int Window, int Frame)[] sources)
    {
        for (int f = 1; f < sources.Length; f++)
        {
            bool next = sources[f].Window == sources[f - 1].Window && sources[f].Frame == sources[f - 1].Frame + 1;
            bool seam = sources[f - 1].Frame == Stored - 1 && sources[f].Frame == 0;
            Assert.True(next || seam, $"frame {f}: {sources[f - 1]} then {sources[f]}");
        }
    }
}
