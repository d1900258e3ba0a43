using WearableAI.Synthesis;
using WearableAI.Synthesis.Recordings;
using WearableAI.Synthesis.Recordings.Music;

namespace WearableAI.Tools.Tests.Recordings;

[Collection(SmallRecordingsFixture.Collection)]
public class RecordingCatalogueTests
{
    private const int Rate = SynthesisSettings.SampleRate;
    private readonly SmallRecordingsFixture _fixture;

    public RecordingCatalogueTests(SmallRecordingsFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void A_second_load_decodes_nothing_and_lists_the_same_entries()
    {
        var progress = new SmallRecordingsFixture.CountingProgress();
        RecordingCatalogue again = RecordingCatalogue.Load(_fixture.CacheFolder, progress, PackagedRecordings.FromPackages(SmallRecordingsFixture.Packages), GeneratedMusic.None);

        Assert.Equal(0, progress.Total("decode recordings"));
        Assert.Equal(_fixture.Catalogue.Entries, again.Entries);
    }

    [Fact]
    public void Recordings_are_16_kHz_mono_as_long_as_the_originals_and_sound_like_them()
    {
        RecordingEntry radio = _fixture.Catalogue.Entries.Single(e => e.Path.EndsWith("/codec2/wav/ve9qrp.wav", StringComparison.Ordinal));
        Assert.Equal(RecordingKind.HumanSpeech, radio.Kind);
        Assert.Equal(DatasetSplit.Test, radio.Split);
        Assert.Equal("codec2-examples/speech", radio.Source);
        Assert.InRange(radio.Seconds, 112.4, 112.5); // 112.448 s at 8 kHz in the package

        float[] audio = _fixture.Catalogue.Read(radio);
        Assert.Equal(radio.SampleCount, audio.Length);
        double rms = Math.Sqrt(NoiseMixing.Power(audio, 0, audio.Length));
        Assert.InRange(rms, 0.005, 0.7);
    }

    [Fact]
    public void A_rakarrack_pattern_becomes_a_room_response_with_a_direct_path_and_reflections()
    {
        RecordingEntry room = _fixture.Catalogue.Of(RecordingKind.RoomImpulseResponse, DatasetSplit.Validation).First();
        float[] ir = _fixture.Catalogue.Read(room);
        Assert.Equal(1f, ir[0], 0.01f);
        Assert.True(ir.Skip(1).Count(v => Math.Abs(v) > 1e-4) > 10, "reflections after the direct path");
    }

    [Fact]
    public void A_track_has_the_length_asked_for_is_repeatable_and_comes_from_its_split_only()
    {
        RecordingCatalogue catalogue = _fixture.Catalogue;
        float[] a = catalogue.Track(RecordingKind.HumanSpeech, DatasetSplit.Test, 30, new ClipRandom(1));
        float[] b = catalogue.Track(RecordingKind.HumanSpeech, DatasetSplit.Test, 30, new ClipRandom(1));
        float[] c = catalogue.Track(RecordingKind.HumanSpeech, DatasetSplit.Test, 30, new ClipRandom(2));

        Assert.Equal(30 * Rate, a.Length);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        double level = 10 * Math.Log10(NoiseMixing.Power(a, 0, a.Length));
        Assert.InRange(level, -30, -18); // pieces at −20 dBFS RMS, with pauses between utterances

        // These packages hold no training speech: asking for it is an error, never another split's audio.
        Assert.Throws<InvalidOperationException>(() => catalogue.Track(RecordingKind.HumanSpeech, DatasetSplit.Train, 5, new ClipRandom(1)));
    }
}
