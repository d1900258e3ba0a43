using System.Collections.Concurrent;
using WearableAI.Synthesis.Recordings.Music;

namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// Real recordings from Debian packages (<see cref="PackagedRecordings"/>), decoded to 16 kHz
/// mono and cached: <see cref="Load"/> unpacks the packages (never installs them), lists each
/// source's files through the <see cref="PackageFileGate"/>, decodes what is not cached yet
/// (showing progress) and returns the entries. Deterministic: the same packages give the same
/// entries in the same order. Thread-safe once loaded.
/// </summary>
public sealed class RecordingCatalogue
{
    private readonly DecodedAudioCache _decoded;

    private RecordingCatalogue(PackageFileGate gate, DecodedAudioCache decoded, IReadOnlyList<RecordingEntry> entries, int undecodable)
    {
        Gate = gate;
        _decoded = decoded;
        Entries = entries;
        Undecodable = undecodable;
    }

    /// <summary>Every usable recording (at least 0.1 s long), grouped by source in catalogue order.</summary>
    public IReadOnlyList<RecordingEntry> Entries { get; }

    /// <summary>Files the rules selected that sox could not decode (left out of <see cref="Entries"/>).</summary>
    public int Undecodable { get; }

    /// <summary>The gate every package file was read through (its <see cref="PackageFileGate.PathsRead"/>).</summary>
    public PackageFileGate Gate { get; }

    /// <summary>
    /// Loads the catalogue of <paramref name="sources"/> (all of <see cref="PackagedRecordings"/>
    /// when null) and of <paramref name="music"/> (MIDI pieces rendered with fluidsynth; the
    /// default amounts when null, <see cref="GeneratedMusic.None"/> for none) from
    /// <paramref name="cacheFolder"/> (<see cref="PackageCache.DefaultFolder"/> when null).
    /// </summary>
    public static RecordingCatalogue Load(string? cacheFolder = null, ISynthesisProgress? progress = null, IReadOnlyList<RecordingSource>? sources = null, GeneratedMusic? music = null)
    {
        sources ??= PackagedRecordings.All;
        music ??= new GeneratedMusic();
        var packages = new PackageCache(cacheFolder ?? PackageCache.DefaultFolder);
        var gate = new PackageFileGate(packages);
        var decoded = new DecodedAudioCache(Path.Combine(packages.Folder, "decoded"));
        var decoder = new RecordingDecoder(gate, SynthesisSettings.SampleRate);

        List<string> names = sources.Select(s => s.Package).Distinct(StringComparer.Ordinal).ToList();
        progress?.Begin("unpack recording packages", names.Count);
        foreach (string package in names)
        {
            packages.Tree(package);
            progress?.Advance("unpack recording packages");
        }

        var listed = new List<(RecordingSource Source, string Key, string File)>();
        foreach (RecordingSource source in sources)
        {
            foreach (string file in gate.List(source))
            {
                listed.Add((source, Path.GetRelativePath(packages.TreesFolder, file.Split('!')[0]) + (file.Contains('!', StringComparison.Ordinal) ? "!" + file.Split('!')[1] : string.Empty), file));
            }
        }

        var missing = listed.Where(l => decoded.Length(l.Key) < 0).ToList();
        progress?.Begin("decode recordings", missing.Count);
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            float[] samples;
            try
            {
                samples = decoder.Decode(item.File);
            }
            catch (InvalidDataException)
            {
                samples = []; // cached as empty: deterministic, and not retried on every run
                failures.Add(item.Key);
            }

            decoded.Write(item.Key, samples);
            progress?.Advance("decode recordings");
        });

        var entries = new List<RecordingEntry>();
        int undecodable = 0;
        foreach ((RecordingSource source, string key, _) in listed)
        {
            int length = decoded.Length(key);
            if (length < SynthesisSettings.SampleRate / 10)
            {
                undecodable += length == 0 ? 1 : 0;
                continue;
            }

            entries.Add(new RecordingEntry(source.Name, source.Package, source.Kind, source.Split, key, length));
        }

        entries.AddRange(RenderMusic(music, gate, decoded, progress));
        return new RecordingCatalogue(gate, decoded, entries, undecodable);
    }

    private static IEnumerable<RecordingEntry> RenderMusic(GeneratedMusic music, PackageFileGate gate, DecodedAudioCache decoded, ISynthesisProgress? progress)
    {
        var pieces = music.Pieces().ToList();
        var missing = pieces.Where(p => decoded.Length(music.Key(p.Seed)) < 0).ToList();
        progress?.Begin("render generated music", missing.Count);
        var renderer = new FluidsynthRenderer(gate, SynthesisSettings.SampleRate);
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, piece =>
        {
            decoded.Write(music.Key(piece.Seed), renderer.Render(MidiComposer.Compose(piece.Seed, music.PieceSeconds)));
            progress?.Advance("render generated music");
        });

        return pieces.Select(p => new RecordingEntry(GeneratedMusic.Source, "fluid-soundfont-gm", RecordingKind.Music, p.Split, music.Key(p.Seed), decoded.Length(music.Key(p.Seed))));
    }

    /// <summary>An entry's audio: mono float at 16 kHz.</summary>
    public float[] Read(RecordingEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _decoded.Read(entry.Path, 0, entry.SampleCount);
    }

    /// <summary><paramref name="count"/> samples of an entry from <paramref name="start"/> (fewer at its end).</summary>
    public float[] Read(RecordingEntry entry, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _decoded.Read(entry.Path, start, count);
    }

    /// <summary>The entries of one kind and split, in catalogue order.</summary>
    public IReadOnlyList<RecordingEntry> Of(RecordingKind kind, DatasetSplit split)
    {
        return Entries.Where(e => e.Kind == kind && e.Split == split).ToList();
    }

    /// <summary>Total hours of one kind and split.</summary>
    public double Hours(RecordingKind kind, DatasetSplit split)
    {
        return Of(kind, split).Sum(e => e.Seconds) / 3600.0;
    }

    /// <summary>
    /// A track of <paramref name="seconds"/> of one kind from one split, assembled from random
    /// entries (each source equally likely, then each of its entries): speech utterances with
    /// short pauses, excerpts of music and ambient sound crossfaded; every piece levelled to
    /// the same loudness. Deterministic for the state of <paramref name="random"/>.
    /// </summary>
    public float[] Track(RecordingKind kind, DatasetSplit split, double seconds, ClipRandom random)
    {
        return new TrackAssembler(this, Of(kind, split)).Assemble(kind, (int)Math.Round(seconds * SynthesisSettings.SampleRate), random);
    }
}
