using WearableAI.Tools.Data;

namespace WearableAI.Tools.Tests;

public class SpeakerSplitTests
{
    [Fact]
    public void Every_espeak_voice_and_variant_pair_is_in_exactly_one_split_and_each_split_has_speakers()
    {
        VoiceCatalogue catalogue = VoiceCatalogue.Load(new EspeakRunner()); // needs espeak-ng: scripts/lib/system-packages.sh installs it
        Assert.True(catalogue.Voices.Count >= 5, "espeak-ng lists too few English voices");
        Assert.True(catalogue.Variants.Count >= 50, "espeak-ng lists too few variants");
        var split = new SpeakerSplit(catalogue.Speakers);

        var train = split.SpeakersIn(DatasetSplit.Train).ToHashSet();
        var validation = split.SpeakersIn(DatasetSplit.Validation).ToHashSet();
        var test = split.SpeakersIn(DatasetSplit.Test).ToHashSet();

        Assert.Empty(train.Intersect(validation));
        Assert.Empty(train.Intersect(test));
        Assert.Empty(validation.Intersect(test));
        Assert.Equal(catalogue.Speakers.Count, train.Count + validation.Count + test.Count);
        Assert.InRange((double)train.Count / catalogue.Speakers.Count, 0.7, 0.9);
    }

    [Fact]
    public void A_speakers_split_depends_on_its_id_alone()
    {
        var speaker = new Speaker("en-us", "Alex");
        DatasetSplit first = SpeakerSplit.SplitOf(speaker);
        Assert.Equal(first, SpeakerSplit.SplitOf(new Speaker("en-us", "Alex")));
        var catalogue = new SpeakerSplit([.. Enumerable.Range(0, 300).Select(i => new Speaker("en", "v" + i)), speaker]);
        Assert.Contains(speaker, catalogue.SpeakersIn(first)); // other speakers in the catalogue do not move it
    }

    [Fact]
    public void The_mbrola_voices_that_need_another_program_are_left_out()
    {
        const string english = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
             3  en-uk           --/M      english-mb-en1     mb/mb-en1            (en-gb 3)(en 2)
             2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
             5  variant         --/M      Storm              !v/Storm             (en-us 5)
            """;
        const string variants = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             5  variant         --/M      Adam               !v/adam
             5  variant         --/F      Alicia             !v/Alicia
            """;
        VoiceCatalogue catalogue = VoiceCatalogue.FromListings(english, variants);
        Assert.Equal(new[] { "en-gb", "en-us" }, catalogue.Voices);
        Assert.Equal(new[] { "Alicia", "adam" }, catalogue.Variants);
        Assert.Equal(4, catalogue.Speakers.Count);
    }
}
