using WearableAI.Synthesis;
using WearableAI.Synthesis.Voices;

namespace WearableAI.Tools.Tests;

public class SpeakerSplitTests
{
    [Fact]
    public void No_voice_engine_voice_or_espeak_variant_speaks_in_two_splits()
    {
        var owners = new Dictionary<string, DatasetSplit>(StringComparer.Ordinal);
        foreach (DatasetSplit split in Enum.GetValues<DatasetSplit>())
        {
            foreach (Speaker speaker in VoiceCatalogue.SpeakersIn(split))
            {
                foreach (string? part in new[] { speaker.Engine + ":" + speaker.Voice, speaker.Variant.Length > 0 ? "variant:" + speaker.Variant : null })
                {
                    if (part == null) continue;
                    if (owners.TryGetValue(part, out DatasetSplit other)) Assert.True(other == split, $"{part} is in {other} and {split}");
                    owners[part] = split;
                }
            }
        }
    }

    [Fact]
    public void Validation_and_test_hear_several_engines_and_voices_training_never_heard()
    {
        var split = new SpeakerSplit();
        Assert.Equal(4, split.EnginesIn(DatasetSplit.Train).Count);
        Assert.True(split.EnginesIn(DatasetSplit.Validation).Count >= 3);
        Assert.Equal(4, split.EnginesIn(DatasetSplit.Test).Count);
        Assert.Equal(4, VoiceCatalogue.MbrolaVoices[DatasetSplit.Validation].Count);
        Assert.Equal(4, VoiceCatalogue.MbrolaVoices[DatasetSplit.Test].Count);
    }

    [Fact]
    public void The_catalogue_names_only_the_voices_the_data_sources_allow()
    {
        // shared/data-sources.md: the 16 mb-XX-en databases (not en1, us1-3), RHVoice bdl and clb, Festival rab, don, lp, pc.
        string[] mbrola = ["af1", "nl2", "fr1", "fr4", "de1", "de2", "de3", "de4", "de5", "de6", "gr2", "hu1", "pl1", "ro1", "sw1", "sw2"];
        foreach (Speaker speaker in VoiceCatalogue.AllSpeakers)
        {
            bool allowed = speaker.Engine switch
            {
                VoiceEngine.Espeak => speaker.Voice.StartsWith("en", StringComparison.Ordinal) && speaker.Variant.Length > 0,
                VoiceEngine.Mbrola => mbrola.Contains(speaker.Voice),
                VoiceEngine.RHVoice => speaker.Voice is "bdl" or "clb",
                VoiceEngine.Festival => speaker.Voice is "rab" or "don" or "lp" or "pc",
                _ => false,
            };
            Assert.True(allowed, $"{speaker} is not on the allow-list");
        }

        Assert.Equal(16, VoiceCatalogue.AllSpeakers.Where(s => s.Engine == VoiceEngine.Mbrola).Select(s => s.Voice).Distinct().Count());
    }

    [Fact]
    public void Engines_speak_in_proportion_to_their_weights_not_to_how_many_voices_they_have()
    {
        var split = new SpeakerSplit();
        var counts = new Dictionary<VoiceEngine, int>();
        const int picks = 4000;
        for (int i = 0; i < picks; i++)
        {
            Speaker speaker = split.Pick(DatasetSplit.Train, ClipRandom.For(1, "test", i));
            counts[speaker.Engine] = counts.GetValueOrDefault(speaker.Engine) + 1;
        }

        foreach (VoiceEngine engine in Enum.GetValues<VoiceEngine>())
        {
            Assert.InRange((double)counts[engine] / picks, VoiceCatalogue.Weight(engine) - 0.04, VoiceCatalogue.Weight(engine) + 0.04);
        }
    }

    [Fact]
    public void An_italian_voice_never_says_a_positive_phrase_it_cannot_respell()
    {
        var split = new SpeakerSplit();
        Assert.True(Respelling.CanRespell("hey nano"));
        Assert.False(Respelling.CanRespell("hey jarvis"));
        Assert.Equal("ei nano", Respelling.ForItalian("hey nano"));
        for (int i = 0; i < 500; i++)
        {
            Speaker speaker = split.Pick(DatasetSplit.Train, ClipRandom.For(1, "jarvis", i), s => !VoiceCatalogue.IsItalian(s) || Respelling.CanRespell("hey jarvis"));
            Assert.False(VoiceCatalogue.IsItalian(speaker));
        }
    }

    [Fact]
    public void Speaker_ids_name_the_engine_before_the_first_dot()
    {
        Assert.Equal("espeak.en-us+Alex", new Speaker(VoiceEngine.Espeak, "en-us", "Alex").Id);
        Assert.Equal("mbrola.de4", new Speaker(VoiceEngine.Mbrola, "de4").Id);
        Assert.Equal("mb-de4-en", EspeakRunner.VoiceArgument(new Speaker(VoiceEngine.Mbrola, "de4")));
        Assert.Equal("festival.rab", new Speaker(VoiceEngine.Festival, "rab").Id);
        Assert.Equal(DatasetSplit.Test, SpeakerSplit.SplitOf(new Speaker(VoiceEngine.RHVoice, "clb")));
    }

    [Fact]
    public void Every_catalogued_voice_is_installed_by_the_projects_packages()
    {
        VoiceInventory.RequireInstalled(VoiceCatalogue.AllSpeakers); // scripts/lib/system-packages.sh installs them
    }
}
