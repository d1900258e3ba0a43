namespace WearableAI.Tools.Data;

/// <summary>
/// Assigns each speaker to train, validation or test by a stable hash of its id alone — not of
/// the seed — so a voice held out once is held out in every dataset the tool makes, and no
/// held-out voice ever speaks a training clip. About 80 / 10 / 10 %.
/// </summary>
public sealed class SpeakerSplit
{
    private readonly Dictionary<DatasetSplit, IReadOnlyList<Speaker>> _bySplit;

    /// <summary>Splits the given speakers.</summary>
    public SpeakerSplit(IReadOnlyList<Speaker> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        var lists = new Dictionary<DatasetSplit, List<Speaker>>
        {
            [DatasetSplit.Train] = [],
            [DatasetSplit.Validation] = [],
            [DatasetSplit.Test] = [],
        };
        foreach (Speaker speaker in speakers)
        {
            lists[SplitOf(speaker)].Add(speaker);
        }

        foreach ((DatasetSplit split, List<Speaker> list) in lists)
        {
            if (list.Count == 0)
            {
                throw new UserFacingException($"too few espeak-ng voices to hold some out: the {split} split has none");
            }
        }

        _bySplit = lists.ToDictionary(p => p.Key, p => (IReadOnlyList<Speaker>)p.Value);
    }

    /// <summary>The split a speaker belongs to, from its id alone.</summary>
    public static DatasetSplit SplitOf(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ulong bucket = StableHash.Of("speaker-split", speaker.Id) % 10;
        return bucket switch
        {
            0 => DatasetSplit.Validation,
            1 => DatasetSplit.Test,
            _ => DatasetSplit.Train,
        };
    }

    /// <summary>The speakers of one split, in catalogue order.</summary>
    public IReadOnlyList<Speaker> SpeakersIn(DatasetSplit split) => _bySplit[split];
}
