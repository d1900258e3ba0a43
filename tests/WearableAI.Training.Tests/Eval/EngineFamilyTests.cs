using WearableAI.Training.Eval;

namespace WearableAI.Training.Tests.Eval;

/// <summary>The one rule that names a clip's engine family, condition and a background recording's kind.</summary>
public sealed class EngineFamilyTests
{
    [Theory]
    [InlineData("hey_nano/espeak.en-us+Alex_nohash_00001.wav", "espeak")]
    [InlineData("yes/mbrola.de4_nohash_00003.wav", "mbrola")]
    [InlineData("_unknown_/rhvoice.bdl_nohash_00002_hey-now.wav", "rhvoice")]
    [InlineData("stop/festival.rab_nohash_00000.wav", "festival")]
    [InlineData("go/festival.lp_nohash_00007.wav", "festival")]
    [InlineData("_unknown_/human.ktuberling-data_nohash_00012_apple.wav", "human")]
    [InlineData("_unknown_/Human.tuxpaint-stamps-default_nohash_1.wav", "human")]
    [InlineData("down/en-gb-scotland+Gene_nohash_00010.wav", "espeak")]
    [InlineData("_confusable_/en-gb-x-gbcwmd+Mario_nohash_00010_vey.wav", "espeak")]
    [InlineData("on/en-029+klatt4_nohash_00010.wav", "espeak")]
    [InlineData("on/en-us_nohash_00010.wav", "espeak")]
    [InlineData("yes/0a7c2a8d_nohash_0.wav", "other")]
    [InlineData("yes/bbf38549_nohash_1.wav", "other")]
    [InlineData("yes/my recording of yes.wav", "other")]
    [InlineData("_silence_/silence_nohash_00010.wav", "silence")]
    [InlineData(@"C:\data\stop\mbrola.us1_nohash_0.wav", "mbrola")]
    public void A_clip_name_gives_its_engine_family(string path, string family) => Assert.Equal(family, EngineFamily.Of(path));

    [Theory]
    [InlineData("yes/mbrola.de4_nohash_00003.wav", "clean")]
    [InlineData("yes/mbrola.de4_nohash_00003_snr10.wav", "noisy")]
    [InlineData("yes/mbrola.de4_nohash_00003_snr-5.wav", "noisy")]
    [InlineData("_unknown_/espeak.en_nohash_00002_snore_snr5.wav", "noisy")]
    [InlineData("_unknown_/espeak.en_nohash_00002_snr10-minutes.wav", "clean")]
    [InlineData("_unknown_/espeak.en_nohash_00002_noisy.wav", "clean")]
    [InlineData("yes/snr10.wav", "clean")]
    public void A_clip_name_marks_noise_after_its_index(string path, string condition) => Assert.Equal(condition, EngineFamily.ConditionOf(path));

    [Theory]
    [InlineData("_background_noise_/human-codec2-examples-hts1a.wav", "human")]
    [InlineData("_background_noise_/music-wesnoth-battle.wav", "music")]
    [InlineData("_background_noise_/ambient-blanket-rain.wav", "ambient")]
    [InlineData("_background_noise_/speech-mbrola-de4.wav", "speech")]
    [InlineData("_background_noise_/babble.wav", "babble")]
    [InlineData("_background_noise_/speech.wav", "speech")]
    [InlineData("_background_noise_/white_noise.wav", "noise")]
    [InlineData("_background_noise_/running_tap.wav", "noise")]
    public void A_background_recording_name_gives_its_kind(string path, string kind) => Assert.Equal(kind, BackgroundKind.Of(path));
}
