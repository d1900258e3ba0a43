using WearableAI.Synthesis;
using WearableAI.Synthesis.Augmentation;
using WearableAI.Tools.Tests.Recordings;

namespace WearableAI.Tools.Tests.Augmentation;

[Collection(SmallRecordingsFixture.Collection)]
public class ClipAugmenterTests
{
    private const int Rate = Signals.Rate;
    private readonly SmallRecordingsFixture _fixture;

    public ClipAugmenterTests(SmallRecordingsFixture fixture)
    {
        _fixture = fixture;
    }

    private static AugmentationSettings Everything => new()
    {
        SpeedProbability = 1, TempoProbability = 1, PitchProbability = 1, ReverbProbability = 1, RealRoomShare = 0.5,
        ColourationProbability = 1, BandLimitProbability = 1, CodecProbability = 1, NoiseProbability = 1, RealNoiseShare = 1,
    };

    [Fact]
    public void Every_effect_at_once_gives_a_clip_of_the_asked_length_that_repeats_for_its_seed()
    {
        var augmenter = new ClipAugmenter(Everything, Rate, new NoiseBeds(_fixture.Catalogue, seed: 2, bedSeconds: 20));
        float[] speech = Signals.Tone(220, Rate * 3 / 4, 0.4);
        foreach (DatasetSplit split in Enum.GetValues<DatasetSplit>())
        {
            for (int i = 0; i < 4; i++)
            {
                short[] a = augmenter.Augment(speech, Rate, ClipRandom.For(3, "clip", i), split);
                short[] b = augmenter.Augment(speech, Rate, ClipRandom.For(3, "clip", i), split);
                Assert.Equal(Rate, a.Length);
                Assert.Equal(a, b);
                Assert.Contains(a, s => s != 0);
            }
        }
    }

    [Fact]
    public void Silence_clips_of_a_split_are_faint()
    {
        var augmenter = new ClipAugmenter(Everything, Rate, new NoiseBeds(_fixture.Catalogue, seed: 2, bedSeconds: 20));
        for (int i = 0; i < 10; i++)
        {
            short[] clip = augmenter.Silence(Rate, ClipRandom.For(3, "silence", i), DatasetSplit.Test);
            double rms = Math.Sqrt(clip.Average(s => (double)s * s)) / 32767;
            Assert.True(rms == 0 || (rms > Math.Pow(10, -72.0 / 20) && rms < Math.Pow(10, -33.0 / 20)), $"silence at {20 * Math.Log10(rms):0.0} dBFS");
        }
    }
}
