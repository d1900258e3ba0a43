using System.Globalization;
using WearableAI.Synthesis.Recordings;

namespace WearableAI.Synthesis.Negatives;

/// <summary>
/// Real recordings as negative clips: human speech, music and ambient sound from the packages of
/// <see cref="PackagedRecordings"/>, each source in one split, cut into back-to-back clips of
/// <see cref="LabelSpec.PhraseSeconds"/> (a recording shorter than a clip is one clip) and augmented
/// like any negative. Human speech goes to <c>_human_/</c>, music to <c>_music_/</c>, ambient to
/// <c>_ambient_/</c>; all count as unknown. File names carry the kind and the package as the speaker
/// id (<c>human.hedgewars-data_nohash_train00012-0.wav</c>), so evaluations group them by kind.
/// </summary>
public sealed class RecordedNegatives
{
    private readonly RecordingCatalogue _catalogue;
    private readonly ClipAugmenter _augmenter;
    private readonly int _seed;

    /// <summary>Creates the cutter.</summary>
    public RecordedNegatives(RecordingCatalogue catalogue, ClipAugmenter augmenter, int seed)
    {
        _catalogue = catalogue;
        _augmenter = augmenter;
        _seed = seed;
    }

    /// <summary>The folder and id prefix of a kind.</summary>
    public static (string Folder, string Prefix) FolderOf(RecordingKind kind) => kind switch
    {
        RecordingKind.HumanSpeech => ("_human_", "human"),
        RecordingKind.Music => ("_music_", "music"),
        RecordingKind.Ambient => ("_ambient_", "ambient"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kinds cut into clips.</summary>
    public static IReadOnlyList<RecordingKind> Kinds { get; } = [RecordingKind.HumanSpeech, RecordingKind.Music, RecordingKind.Ambient];

    /// <summary>One recording to cut.</summary>
    /// <param name="Entry">The recording.</param>
    /// <param name="Index">Its number among the kind's recordings of its split.</param>
    /// <param name="Clips">How many clips to cut from it.</param>
    public sealed record Piece(RecordingEntry Entry, int Index, int Clips);

    /// <summary>
    /// Plans the pieces of one kind and split, up to <paramref name="maxHours"/> of clips: recordings
    /// in a seeded order, each giving at most <paramref name="maxClipsPerRecording"/> clips so long
    /// music tracks do not crowd out the others.
    /// </summary>
    public IReadOnlyList<Piece> Plan(RecordingKind kind, DatasetSplit split, double maxHours, int maxClipsPerRecording = 20)
    {
        int clipLength = ClipLength;
        int budget = (int)(maxHours * 3600 / LabelSpec.PhraseSeconds);
        ClipRandom random = ClipRandom.For(_seed, "recorded-plan", (int)split, kind.ToString());
        var entries = _catalogue.Of(kind, split).ToList();
        var order = entries.Select((e, i) => (e, Key: random.NextBits())).OrderBy(p => p.Key).Select(p => p.e).ToList();
        var pieces = new List<Piece>();
        int planned = 0;
        foreach (RecordingEntry entry in order)
        {
            if (planned >= budget) break;
            int clips = Math.Min(Math.Min(maxClipsPerRecording, Math.Max(1, entry.SampleCount / clipLength)), budget - planned);
            pieces.Add(new Piece(entry, pieces.Count, clips));
            planned += clips;
        }

        return pieces;
    }

    /// <summary>Cuts one piece into its clips: relative path and 16-bit samples.</summary>
    public IReadOnlyList<(string Path, short[] Samples)> Render(Piece piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        RecordingEntry entry = piece.Entry;
        (string folder, string prefix) = FolderOf(entry.Kind);
        ClipRandom random = ClipRandom.For(_seed, "recorded", piece.Index, entry.Kind + "/" + entry.Split);
        int clipLength = ClipLength;
        float[] audio = _catalogue.Read(entry);
        int slack = Math.Max(0, audio.Length - piece.Clips * clipLength);
        int start = slack > 0 ? random.Next(slack + 1) : 0;
        string split = entry.Split.ToString().ToLowerInvariant();
        string package = entry.Package.Replace('_', '-');
        var clips = new List<(string, short[])>(piece.Clips);
        for (int k = 0; k < piece.Clips; k++)
        {
            int from = Math.Min(start + k * clipLength, Math.Max(0, audio.Length - clipLength));
            float[] cut = audio[from..Math.Min(audio.Length, from + clipLength)];
            string path = string.Create(CultureInfo.InvariantCulture, $"{folder}/{prefix}.{package}_nohash_{split}{piece.Index:D5}-{k}.wav");
            clips.Add((path, _augmenter.Augment(cut, clipLength, random, entry.Split, negative: true)));
        }

        return clips;
    }

    private static int ClipLength => (int)Math.Round(LabelSpec.PhraseSeconds * SynthesisSettings.SampleRate);
}
