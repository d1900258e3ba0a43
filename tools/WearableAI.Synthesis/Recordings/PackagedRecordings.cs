namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// The packaged recordings the data pipeline uses, each chosen by an explicit file list or a
/// documented rule inside its package's own extracted tree (../shared/data-sources.md). Whole
/// packages are held out: training hears tuxpaint, hedgewars, megaglest and lmms; validation
/// hears ktuberling, warzone2100, wesnoth and the guitarix hall; test hears codec2, alsa-utils,
/// supertuxkart and rakarrack's rooms. <c>blanket</c> (ambient loops) is trixie-only and not
/// available on Debian 12, so it is not used.
/// </summary>
public static class PackagedRecordings
{
    private const string Tuxpaint = "usr/share/tuxpaint/stamps/";
    private const string Hedgewars = "usr/share/games/hedgewars/Data/";
    private const string Megaglest = "usr/share/games/megaglest/";
    private const string Warzone = "usr/share/games/warzone2100/base.wz";
    private const string Codec2 = "usr/share/codec2/wav/";
    private const string Alsa = "usr/share/sounds/alsa/";
    private const string Rakarrack = "usr/share/rakarrack/";
    private const string SuperTuxKart = "usr/share/games/supertuxkart/data/";

    /// <summary>Every source, in a fixed order (the order entries are listed and cached in).</summary>
    public static readonly IReadOnlyList<RecordingSource> All =
    [
        // Training.
        new("tuxpaint-stamps-default/descriptions", "tuxpaint-stamps-default", RecordingKind.HumanSpeech, DatasetSplit.Train,
            FileRule.Matching(Tuxpaint, @"(?:[^/]+/)*[^/]+_desc_[A-Za-z_@]+\.ogg", "every *_desc_<language>.ogg under stamps/: spoken stamp descriptions")),
        new("tuxpaint-stamps-default/effects", "tuxpaint-stamps-default", RecordingKind.Ambient, DatasetSplit.Train,
            FileRule.Matching(Tuxpaint, @"(?:[^/]+/)*(?![^/]*_desc_)[^/]+\.ogg", "every other .ogg under stamps/: the stamps' sound effects (animals, vehicles, …)")),
        new("hedgewars-data/voices", "hedgewars-data", RecordingKind.HumanSpeech, DatasetSplit.Train,
            FileRule.Matching(Hedgewars + "Sounds/voices/", @"[^/]+/[^/]+\.ogg", "every .ogg of the 15 voice packs in Sounds/voices/<pack>/")),
        new("hedgewars-data/music", "hedgewars-data", RecordingKind.Music, DatasetSplit.Train,
            FileRule.Matching(Hedgewars + "Music/", @"[^/]+\.ogg", "every .ogg in Music/")),
        new("hedgewars-data/effects", "hedgewars-data", RecordingKind.Ambient, DatasetSplit.Train,
            FileRule.Matching(Hedgewars + "Sounds/", @"[^/]+\.ogg", "every .ogg directly in Sounds/ (game effects, not the voice packs)")),
        new("megaglest-data/voices", "megaglest-data", RecordingKind.HumanSpeech, DatasetSplit.Train,
            FileRule.Matching(Megaglest + "techs/megapack/factions/", @"[^/]+/units/[^/]+/sounds/[^/]*_(?:ack|select|sel)[0-9]*\.(?:wav|ogg)", "each unit's spoken acknowledgements: factions/<f>/units/<u>/sounds/*_ack*, *_select*, *_sel*")),
        new("megaglest-data/music", "megaglest-data", RecordingKind.Music, DatasetSplit.Train,
            FileRule.Matching(Megaglest + "techs/megapack/factions/", @"[^/]+/music/[^/]+\.ogg", "each faction's music/ folder")),
        new("megaglest-data/menu-music", "megaglest-data", RecordingKind.Music, DatasetSplit.Train,
            FileRule.Named(Megaglest + "data/core/menu/music/", "intro_music.ogg", "menu_music.ogg")),
        new("megaglest-data/ambient", "megaglest-data", RecordingKind.Ambient, DatasetSplit.Train,
            FileRule.Matching(Megaglest + "tilesets/", @"[^/]+/sounds/[^/]+\.(?:wav|ogg)", "each tileset's ambient sounds (day, night, rain, animals)")),
        new("megaglest-data/water", "megaglest-data", RecordingKind.Ambient, DatasetSplit.Train,
            FileRule.Matching(Megaglest + "data/core/water_sounds/", @"water[0-9]+\.wav", "the water sounds water<n>.wav")),
        new("lmms-common/loops", "lmms-common", RecordingKind.Music, DatasetSplit.Train,
            FileRule.Matching("usr/share/lmms/samples/", @"(?:beats|bassloops|latin|stringsnpads|instruments|basses)/[^/]+\.ogg", "the sample folders beats, bassloops, latin, stringsnpads, instruments, basses")),

        // Validation.
        new("ktuberling-data/words", "ktuberling-data", RecordingKind.HumanSpeech, DatasetSplit.Validation,
            FileRule.Matching("usr/share/ktuberling/sounds/", @"[^/]+/[^/]+\.(?:ogg|wav)", "every .ogg and .wav of the per-language folders sounds/<language>/ (the .opus files are skipped: sox cannot read them)")),
        new("warzone2100-data/voices", "warzone2100-data", RecordingKind.HumanSpeech, DatasetSplit.Validation,
            FileRule.InArchive(Warzone, "", @"(?:audio/(?!sfx/|multi/|radclick/)[^!]*|sequenceaudio/[^/]+)\.ogg", "in base.wz: every .ogg under audio/ except audio/sfx, audio/multi and audio/radclick, and sequenceaudio/")),
        new("warzone2100-data/effects", "warzone2100-data", RecordingKind.Ambient, DatasetSplit.Validation,
            FileRule.InArchive(Warzone, "audio/", @"(?:sfx/[^/]+|multi)/[^/]+\.ogg", "in base.wz: every .ogg under audio/sfx/<kind>/ and audio/multi/")),
        new("wesnoth-1.16-music/music", "wesnoth-1.16-music", RecordingKind.Music, DatasetSplit.Validation,
            FileRule.Matching("usr/share/games/wesnoth/1.16/data/core/music/", @"[^/]+\.ogg", "every .ogg in data/core/music/")),
        new("guitarix-common/greathall", "guitarix-common", RecordingKind.RoomImpulseResponse, DatasetSplit.Validation,
            FileRule.Named("usr/share/gx_head/sounds/", "greathall.wav")),
        new("rakarrack/rooms-validation", "rakarrack", RecordingKind.RoomImpulseResponse, DatasetSplit.Validation,
            FileRule.Named(Rakarrack, "1.rvb", "2.rvb", "3.rvb", "4.rvb", "5.rvb")),

        // Test.
        new("codec2-examples/speech", "codec2-examples", RecordingKind.HumanSpeech, DatasetSplit.Test,
            FileRule.Named(Codec2, "all.wav", "big_dog.wav", "cross.wav", "david4.wav", "forig.wav", "hts1a.wav", "hts2a.wav", "mmt1.wav", "morig.wav", "ve9qrp.wav", "vk2tpm_004.wav", "vk5qi.wav")),
        new("alsa-utils/speakers", "alsa-utils", RecordingKind.HumanSpeech, DatasetSplit.Test,
            FileRule.Named(Alsa, "Front_Center.wav", "Front_Left.wav", "Front_Right.wav", "Rear_Center.wav", "Rear_Left.wav", "Rear_Right.wav", "Side_Left.wav", "Side_Right.wav")),
        new("alsa-utils/noise", "alsa-utils", RecordingKind.Ambient, DatasetSplit.Test,
            FileRule.Named(Alsa, "Noise.wav")),
        new("supertuxkart-data/music", "supertuxkart-data", RecordingKind.Music, DatasetSplit.Test,
            FileRule.Matching(SuperTuxKart + "music/", @"[^/]+\.ogg", "every .ogg in data/music/")),
        new("supertuxkart-data/effects", "supertuxkart-data", RecordingKind.Ambient, DatasetSplit.Test,
            FileRule.Matching(SuperTuxKart + "sfx/", @"[^/]+\.ogg", "every .ogg in data/sfx/")),
        new("rakarrack/rooms-test", "rakarrack", RecordingKind.RoomImpulseResponse, DatasetSplit.Test,
            FileRule.Named(Rakarrack, "6.rvb", "7.rvb", "8.rvb", "9.rvb", "10.rvb")),
    ];

    /// <summary>The sources of the named packages only (e.g. a few small ones for a quick check).</summary>
    public static IReadOnlyList<RecordingSource> FromPackages(params string[] packages)
    {
        return All.Where(s => packages.Contains(s.Package, StringComparer.Ordinal)).ToList();
    }
}
