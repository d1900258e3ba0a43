using WearableAI.Synthesis;
using WearableAI.Synthesis.Augmentation;
using WearableAI.Synthesis.Recordings;
using WearableAI.Tools.Tests.Recordings;

namespace WearableAI.Tools.Tests.Augmentation;

[Collection(SmallRecordingsFixture.Collection)]
public class SplitMatchedNoiseTests
{
    private const int Rate = Signals.Rate;
    private readonly RecordingCatalogue _catalogue;

    public SplitMatchedNoiseTests(SmallRecordingsFixture fixture)
    {
        _catalogue = fixture.Catalogue; // alsa-utils and codec2-examples: test-split speech and ambient only
    }

    private static AugmentationSettings OnlyNoise => new()
    {
        SpeedProbability = 0, TempoProbability = 0, PitchProbability = 0, ReverbProbability = 0,
        ColourationProbability = 0, BandLimitProbability = 0, CodecProbability = 0,
        NoiseProbability = 1, RealNoiseShare = 1, MinGainDb = 0, MaxGainDb = 0,
    };

    [Fact]
    public void A_training_clip_never_hears_test_recordings()
    {
        var withBeds = new ClipAugmenter(OnlyNoise, Rate, new NoiseBeds(_catalogue, seed: 1, bedSeconds: 30));
        var synthetic = new ClipAugmenter(OnlyNoise, Rate);
        float[] speech = Signals.Tone(300, Rate / 2, 0.3);
        for (int i = 0; i < 5; i++)
        {
            short[] train = withBeds.Augment(speech, Rate, ClipRandom.For(1, "clip", i), DatasetSplit.Train);
            Assert.Equal(synthetic.Augment(speech, Rate, ClipRandom.For(1, "clip", i), DatasetSplit.Train), train);
        }
    }

    [Fact]
    public void A_test_clip_hears_its_splits_recordings_at_the_SNR_drawn()
    {
        var beds = new NoiseBeds(_catalogue, seed: 1, bedSeconds: 30);
        var withBeds = new ClipAugmenter(OnlyNoise with { MinSnrDb = 10, MaxSnrDb = 10 }, Rate, beds);
        var synthetic = new ClipAugmenter(OnlyNoise with { MinSnrDb = 10, MaxSnrDb = 10 }, Rate);
        float[] speech = Signals.Tone(300, Rate, 0.3);
        int real = 0;
        for (int i = 0; i < 5; i++)
        {
            short[] clip = withBeds.Augment(speech, Rate, ClipRandom.For(1, "clip", i), DatasetSplit.Test);
            if (!clip.SequenceEqual(synthetic.Augment(speech, Rate, ClipRandom.For(1, "clip", i), DatasetSplit.Test))) real++;

            // Speech fills the clip, so the residual after removing the tone is the background, 10 dB down.
            float[] pcm = clip.Select(s => s / 32767f).ToArray();
            double total = NoiseMixing.Power(pcm, 0, pcm.Length);
            Assert.InRange(10 * Math.Log10(total), -20 - 0.5, -20 + 1); // −20 dBFS speech plus noise 10 dB below
        }

        Assert.Equal(5, real);
        Assert.NotNull(beds.Excerpt(RecordingKind.HumanSpeech, DatasetSplit.Test, Rate, new ClipRandom(1)));
        Assert.Null(beds.Excerpt(RecordingKind.Music, DatasetSplit.Train, Rate, new ClipRandom(1)));
    }

    [Fact]
    public void Negative_clips_may_be_mixed_below_0_dB()
    {
        var settings = OnlyNoise with { MinSnrDb = 0, MaxSnrDb = 0.001, MinNegativeSnrDb = -5 };
        float[] speech = Signals.Tone(300, Rate, 0.3);
        var augmenter = new ClipAugmenter(settings with { MaxSnrDb = -4.999 }, Rate);
        short[] clip = augmenter.Augment(speech, Rate, new ClipRandom(3), DatasetSplit.Train, negative: true);
        double level = 10 * Math.Log10(NoiseMixing.Power(clip.Select(s => s / 32767f).ToArray(), 0, clip.Length));
        Assert.InRange(level, -20 + 10 * Math.Log10(1 + Math.Pow(10, 0.5)) - 0.5, -20 + 10 * Math.Log10(1 + Math.Pow(10, 0.5)) + 0.5); // noise 5 dB above the speech
    }
}
