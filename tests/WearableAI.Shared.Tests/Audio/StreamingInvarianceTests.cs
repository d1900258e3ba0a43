using CsCheck;
using WearableAI.Shared.Audio;
using WearableAI.FrontEndReference;

namespace WearableAI.Shared.Tests.Audio;

/// <summary>The features do not depend on how the PCM stream is cut into chunks.</summary>
public class StreamingInvarianceTests
{
    private static readonly short[] Speech = SyntheticSpeech.Syllables(0.6, seed: 9);

    private static List<sbyte[]> RunInChunks(FrontEndSettings settings, short[] pcm, Func<int> nextChunk)
    {
        var frontEnd = new LogMelFrontEnd(settings);
        var frames = new List<sbyte[]>();
        var features = new sbyte[settings.MelBands];
        int at = 0;
        while (at < pcm.Length)
        {
            int chunk = Math.Min(nextChunk(), pcm.Length - at);
            int end = at + chunk;
            while (at < end)
            {
                at += frontEnd.Process(pcm, at, end - at, features, 0, null);
                if (frontEnd.FrameReady) frames.Add((sbyte[])features.Clone());
            }
        }

        return frames;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(160)]
    [InlineData(1000)]
    public void Fixed_chunk_sizes_give_the_same_frames_as_one_big_chunk(int chunk)
    {
        var settings = new FrontEndSettings();
        List<sbyte[]> whole = RunInChunks(settings, Speech, () => Speech.Length);
        List<sbyte[]> chunked = RunInChunks(settings, Speech, () => chunk);
        Assert.Equal(whole.Count, chunked.Count);
        for (int f = 0; f < whole.Count; f++) Assert.Equal(whole[f], chunked[f]);
    }

    [Fact]
    public void Random_chunk_sizes_give_the_same_frames_as_one_big_chunk()
    {
        var settings = new FrontEndSettings { NoiseNormalization = true };
        List<sbyte[]> whole = RunInChunks(settings, Speech, () => Speech.Length);
        Gen.Int[1, 700].Array[1, 40].Sample(sizes =>
        {
            int i = 0;
            List<sbyte[]> chunked = RunInChunks(settings, Speech, () => sizes[i++ % sizes.Length]);
            return chunked.Count == whole.Count && chunked.Zip(whole).All(p => p.First.AsSpan().SequenceEqual(p.Second));
        }, iter: 30);
    }

    [Fact]
    public void A_frame_completes_every_512_input_samples_and_process_stops_there()
    {
        var settings = new FrontEndSettings();
        var frontEnd = new LogMelFrontEnd(settings);
        var features = new sbyte[settings.MelBands];
        short[] pcm = new short[2000];
        Assert.Equal(512, frontEnd.Process(pcm, 0, pcm.Length, features, 0, null));
        Assert.True(frontEnd.FrameReady);
        Assert.Equal(512, frontEnd.Process(pcm, 512, pcm.Length - 512, features, 0, null));
        Assert.True(frontEnd.FrameReady);
        Assert.Equal(511, frontEnd.Process(pcm, 1024, 511, features, 0, null));
        Assert.False(frontEnd.FrameReady);
    }

    [Fact]
    public void Reset_makes_the_front_end_repeat_itself()
    {
        var settings = new FrontEndSettings();
        var frontEnd = new LogMelFrontEnd(settings);
        var first = new sbyte[settings.MelBands];
        var again = new sbyte[settings.MelBands];
        frontEnd.Process(Speech, 0, 3000, first, 0, null);
        frontEnd.Reset();
        frontEnd.Process(Speech, 0, 3000, again, 0, null);
        Assert.Equal(first, again);
    }
}
