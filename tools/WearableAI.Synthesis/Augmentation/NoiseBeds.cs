using System.Collections.Concurrent;
using WearableAI.Synthesis.Recordings;

namespace WearableAI.Synthesis.Augmentation;

/// <summary>
/// Real background sound for clips, drawn only from the clip's own split: for each kind and
/// split a bed of <see cref="BedSeconds"/> is assembled once from the catalogue (deterministic
/// for the seed), and each clip takes a random excerpt of it. Babble sums several excerpts of
/// the speech bed. Train clips therefore never hear validation or test recordings. Thread-safe.
/// </summary>
public sealed class NoiseBeds
{
    private readonly RecordingCatalogue _catalogue;
    private readonly int _seed;
    private readonly ConcurrentDictionary<(RecordingKind, DatasetSplit), Lazy<float[]?>> _beds = new();

    /// <summary>Beds from <paramref name="catalogue"/>, assembled with <paramref name="seed"/>.</summary>
    public NoiseBeds(RecordingCatalogue catalogue, int seed, double bedSeconds = 600)
    {
        _catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        _seed = seed;
        BedSeconds = bedSeconds;
    }

    /// <summary>Length of each bed, seconds.</summary>
    public double BedSeconds { get; }

    /// <summary>The catalogue the beds come from (also the source of real room responses).</summary>
    public RecordingCatalogue Catalogue => _catalogue;

    /// <summary>True when the split has recordings of the kind.</summary>
    public bool Has(RecordingKind kind, DatasetSplit split) => Bed(kind, split) != null;

    /// <summary>A random excerpt of <paramref name="length"/> samples of one kind from one split, or null if the split has none.</summary>
    public float[]? Excerpt(RecordingKind kind, DatasetSplit split, int length, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        float[]? bed = Bed(kind, split);
        if (bed == null) return null;
        var excerpt = new float[length];
        int start = random.Next(bed.Length);
        for (int i = 0; i < length; i++) excerpt[i] = bed[(start + i) % bed.Length];
        return excerpt;
    }

    /// <summary>Several talkers at once (3–7 excerpts of the split's speech bed), or null if the split has no speech.</summary>
    public float[]? Babble(DatasetSplit split, int length, ClipRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int talkers = 3 + random.Next(5);
        float[]? sum = null;
        for (int t = 0; t < talkers; t++)
        {
            float[]? voice = Excerpt(RecordingKind.HumanSpeech, split, length, random);
            if (voice == null) return null;
            sum ??= new float[length];
            for (int i = 0; i < length; i++) sum[i] += voice[i];
        }

        return sum;
    }

    private float[]? Bed(RecordingKind kind, DatasetSplit split)
    {
        return _beds.GetOrAdd((kind, split), key => new Lazy<float[]?>(() =>
        {
            if (_catalogue.Of(key.Item1, key.Item2).Count == 0) return null;
            return _catalogue.Track(key.Item1, key.Item2, BedSeconds, ClipRandom.For(_seed, "noise-bed", (int)key.Item1, key.Item2.ToString()));
        })).Value;
    }
}
