namespace WearableAI.Synthesis.Voices;

/// <summary>
/// Every voice <c>wai data synth</c> may speak with, by explicit name (shared/data-sources.md:
/// never "all installed voices"), and the split each belongs to. Whole voices — and for RHVoice
/// and Festival whole engines' voices — are held out, so validation and test hear timbres,
/// accents and synthesis methods that training never heard:
/// <list type="bullet">
/// <item>espeak-ng: voices (accents) and variants (timbres) are each assigned to a split; a speaker
/// is a voice × variant of the same split, so no test speaker shares an accent or timbre with training.</item>
/// <item>MBROLA: 8 databases train, 4 validate, 4 test (each split has both sexes).</item>
/// <item>RHVoice: <c>bdl</c> trains, <c>clb</c> is test only.</item>
/// <item>Festival: the Italian <c>lp</c> and <c>pc</c> (respelled English) train, <c>don</c> validates,
/// <c>rab</c> is test only.</item>
/// </list>
/// The catalogue never asks the engines what they have; <see cref="VoiceInventory"/> checks that
/// what it names is installed.
/// </summary>
public static class VoiceCatalogue
{
    /// <summary>espeak-ng English voices by split.</summary>
    public static readonly IReadOnlyDictionary<DatasetSplit, IReadOnlyList<string>> EspeakVoices = new Dictionary<DatasetSplit, IReadOnlyList<string>>
    {
        [DatasetSplit.Train] = ["en-gb", "en-us", "en-gb-x-rp", "en-gb-x-gbclan", "en-us-nyc"],
        [DatasetSplit.Validation] = ["en-gb-x-gbcwmd"],
        [DatasetSplit.Test] = ["en-gb-scotland", "en-029"],
    };

    /// <summary>espeak-ng variants (timbres) by split.</summary>
    public static readonly IReadOnlyDictionary<DatasetSplit, IReadOnlyList<string>> EspeakVariants = new Dictionary<DatasetSplit, IReadOnlyList<string>>
    {
        [DatasetSplit.Train] =
        [
            "adam", "Alex", "Alicia", "Andrea", "Andy", "Annie", "antonio", "aunty", "belinda", "benjamin", "boris", "caleb",
            "david", "Demonic", "ed", "edward2", "Gene", "gustave", "announcer", "Hugo", "iven", "iven3", "iven4", "Jacky",
            "john", "kaukovalta", "Lee", "linda", "marcelo", "Marco", "max", "Michael", "michel", "miguel", "Mr", "Nguyen",
            "pablo", "paul", "quincy", "RicishayMax", "RicishayMax3", "rob", "robosoft", "robosoft2", "robosoft4",
            "robosoft5", "robosoft7", "steph", "steph3", "Storm", "Tweaky", "UniRobot", "anika", "AnxiousAndy", "f2", "f4",
            "f5", "whisperf", "grandpa", "klatt", "klatt2", "klatt4", "klatt5", "m2", "m3", "m5", "m6", "norbert", "sandro",
            "travis", "victor", "m8", "croak", "m1", "grandma",
        ],
        [DatasetSplit.Validation] = ["Denis", "edward", "Gene2", "iven2", "Mario", "pedro", "robert", "robosoft3", "steph2", "anikaRobot", "f3", "klatt6", "m7", "whisper"],
        [DatasetSplit.Test] = ["Diogo", "Henrique", "Mike", "RicishayMax2", "robosoft6", "robosoft8", "zac", "fast", "klatt3", "m4", "shelby", "f1"],
    };

    /// <summary>The MBROLA databases (espeak-ng voice <c>mb-XX-en</c>) by split. Not mb-en1 or mb-us1…3.</summary>
    public static readonly IReadOnlyDictionary<DatasetSplit, IReadOnlyList<string>> MbrolaVoices = new Dictionary<DatasetSplit, IReadOnlyList<string>>
    {
        [DatasetSplit.Train] = ["af1", "fr1", "de1", "de2", "de4", "de5", "hu1", "sw1"],
        [DatasetSplit.Validation] = ["de3", "sw2", "nl2", "ro1"],
        [DatasetSplit.Test] = ["fr4", "pl1", "de6", "gr2"],
    };

    /// <summary>RHVoice English voices by split (bdl and clb only: LGPL).</summary>
    public static readonly IReadOnlyDictionary<DatasetSplit, IReadOnlyList<string>> RhvoiceVoices = new Dictionary<DatasetSplit, IReadOnlyList<string>>
    {
        [DatasetSplit.Train] = ["bdl"],
        [DatasetSplit.Validation] = [],
        [DatasetSplit.Test] = ["clb"],
    };

    /// <summary>Festival diphone voices (<c>voice_X_diphone</c>) by split.</summary>
    public static readonly IReadOnlyDictionary<DatasetSplit, IReadOnlyList<string>> FestivalVoices = new Dictionary<DatasetSplit, IReadOnlyList<string>>
    {
        [DatasetSplit.Train] = ["lp", "pc"],
        [DatasetSplit.Validation] = ["don"],
        [DatasetSplit.Test] = ["rab"],
    };

    /// <summary>
    /// How often each engine speaks a clip, relative: balanced so that espeak-ng's many variants
    /// do not dominate. A split without an engine shares its weight among the others.
    /// </summary>
    public static double Weight(VoiceEngine engine) => engine switch
    {
        VoiceEngine.Espeak => 0.25,
        VoiceEngine.Mbrola => 0.35,
        VoiceEngine.RHVoice => 0.2,
        VoiceEngine.Festival => 0.2,
        _ => 0,
    };

    /// <summary>Festival voices that are Italian and read respelled English (<see cref="Respelling"/>).</summary>
    public static bool IsItalian(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return speaker.Engine == VoiceEngine.Festival && speaker.Voice is "lp" or "pc";
    }

    /// <summary>
    /// Festival's <c>don</c> voice is poor (data-sources.md: low weight): it speaks this share of
    /// what a Festival voice would otherwise speak in its split.
    /// </summary>
    public static double VoiceWeight(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return speaker.Engine == VoiceEngine.Festival && speaker.Voice == "don" ? 0.5 : 1.0;
    }

    /// <summary>The speakers of one split, engine by engine, in a fixed order.</summary>
    public static IReadOnlyList<Speaker> SpeakersIn(DatasetSplit split)
    {
        var speakers = new List<Speaker>();
        foreach (string voice in EspeakVoices[split])
        {
            foreach (string variant in EspeakVariants[split]) speakers.Add(new Speaker(VoiceEngine.Espeak, voice, variant));
        }

        speakers.AddRange(MbrolaVoices[split].Select(v => new Speaker(VoiceEngine.Mbrola, v)));
        speakers.AddRange(RhvoiceVoices[split].Select(v => new Speaker(VoiceEngine.RHVoice, v)));
        speakers.AddRange(FestivalVoices[split].Select(v => new Speaker(VoiceEngine.Festival, v)));
        return speakers;
    }

    /// <summary>Every speaker of every split.</summary>
    public static IReadOnlyList<Speaker> AllSpeakers =>
        [.. SpeakersIn(DatasetSplit.Train), .. SpeakersIn(DatasetSplit.Validation), .. SpeakersIn(DatasetSplit.Test)];
}
