using WearableAI.Synthesis;
using WearableAI.Synthesis.Recordings;
using WearableAI.Synthesis.Recordings.Music;

namespace WearableAI.Tools.Tests.Recordings;

[Collection(SmallRecordingsFixture.Collection)]
public class GeneratedMusicTests
{
    private readonly SmallRecordingsFixture _fixture;

    public GeneratedMusicTests(SmallRecordingsFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void The_same_seed_composes_the_same_piece_and_another_seed_another()
    {
        byte[] a = MidiComposer.Compose(7, 20), b = MidiComposer.Compose(7, 20), c = MidiComposer.Compose(8, 20);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal("MThd"u8.ToArray(), a[..4]);
    }

    [Fact]
    public void A_composed_piece_renders_through_fluidsynth_to_audible_music_of_about_its_length()
    {
        var renderer = new FluidsynthRenderer(_fixture.Catalogue.Gate, SynthesisSettings.SampleRate);
        float[] audio = renderer.Render(MidiComposer.Compose(3, 8));

        double seconds = audio.Length / (double)SynthesisSettings.SampleRate;
        Assert.InRange(seconds, 8, 8 + 4 * 60.0 / 70 + 5); // whole bars, a closing beat and the release
        double level = 10 * Math.Log10(NoiseMixing.Power(audio, 0, audio.Length));
        Assert.InRange(level, -45, -3);
        Assert.Contains(FluidsynthRenderer.SoundFont, _fixture.Catalogue.Gate.PathsRead);
    }

    [Fact]
    public void Seed_ranges_keep_the_splits_pieces_apart()
    {
        var plan = new GeneratedMusic(5, 5, 5);
        var seeds = plan.Pieces().GroupBy(p => p.Split).ToDictionary(g => g.Key, g => g.Select(p => p.Seed).ToHashSet());
        Assert.Empty(seeds[DatasetSplit.Train].Intersect(seeds[DatasetSplit.Validation]));
        Assert.Empty(seeds[DatasetSplit.Train].Intersect(seeds[DatasetSplit.Test]));
        Assert.Empty(seeds[DatasetSplit.Validation].Intersect(seeds[DatasetSplit.Test]));
    }
}
