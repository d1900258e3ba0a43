using WearableAI.Tools;

namespace WearableAI.Synthesis.Voices;

/// <summary>
/// Picks who speaks a clip of a split: first an engine, by <see cref="VoiceCatalogue.Weight"/>
/// among the engines the split has, then a speaker of that engine (Festival's <c>don</c> at half
/// weight). Engines are balanced this way, not by how many voices each has — espeak-ng alone has
/// hundreds of voice × variant speakers. The split of every speaker is fixed by the catalogue, so
/// a voice held out once is held out in every dataset the tool makes.
/// </summary>
public sealed class SpeakerSplit
{
    private readonly Dictionary<DatasetSplit, (VoiceEngine Engine, double Weight, IReadOnlyList<Speaker> Speakers)[]> _engines = [];

    /// <summary>Splits the catalogue's speakers; <paramref name="exclude"/> leaves out engines (e.g. when one is not installed).</summary>
    public SpeakerSplit(IReadOnlySet<VoiceEngine>? exclude = null)
    {
        foreach (DatasetSplit split in Enum.GetValues<DatasetSplit>())
        {
            _engines[split] = VoiceCatalogue.SpeakersIn(split)
                .Where(s => exclude == null || !exclude.Contains(s.Engine))
                .GroupBy(s => s.Engine)
                .Select(g => (g.Key, VoiceCatalogue.Weight(g.Key), (IReadOnlyList<Speaker>)g.ToList()))
                .ToArray();
            if (_engines[split].Length == 0) throw new UserFacingException($"no voices for the {split} split");
        }
    }

    /// <summary>The split a speaker belongs to, from the catalogue.</summary>
    public static DatasetSplit SplitOf(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        foreach (DatasetSplit split in Enum.GetValues<DatasetSplit>())
        {
            if (VoiceCatalogue.SpeakersIn(split).Contains(speaker)) return split;
        }

        throw new ArgumentException($"{speaker} is not in the voice catalogue", nameof(speaker));
    }

    /// <summary>The speakers of one split, in catalogue order.</summary>
    public IReadOnlyList<Speaker> SpeakersIn(DatasetSplit split) => [.. _engines[split].SelectMany(e => e.Speakers)];

    /// <summary>The engines a split speaks with.</summary>
    public IReadOnlyList<VoiceEngine> EnginesIn(DatasetSplit split) => [.. _engines[split].Select(e => e.Engine)];

    /// <summary>
    /// Picks a speaker for a clip of <paramref name="split"/>; <paramref name="allow"/> can rule some
    /// out (e.g. Italian voices for a phrase they cannot respell).
    /// </summary>
    public Speaker Pick(DatasetSplit split, ClipRandom random, Func<Speaker, bool>? allow = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        var engines = _engines[split]
            .Select(e => (e.Engine, e.Weight, Speakers: allow == null ? e.Speakers : e.Speakers.Where(allow).ToList()))
            .Where(e => e.Speakers.Count > 0)
            .ToArray();
        if (engines.Length == 0) throw new UserFacingException($"no voice of the {split} split can say this clip");
        var chosen = engines[Weighted(random, engines.Select(e => e.Weight).ToArray())];
        return chosen.Speakers[Weighted(random, chosen.Speakers.Select(VoiceCatalogue.VoiceWeight).ToArray())];
    }

    private static int Weighted(ClipRandom random, double[] weights)
    {
        double total = weights.Sum();
        double x = random.Uniform(0, total);
        for (int i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }

        return weights.Length - 1;
    }
}
