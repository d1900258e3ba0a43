using System.Text.Json;

namespace WearableAI.Training.Data;

/// <summary>
/// A dataset in the Speech Commands layout, scanned: one sub-folder per label holding WAV clips,
/// <c>validation_list.txt</c> and <c>testing_list.txt</c> naming the clips of those splits (every
/// other clip is training), <c>_background_noise_/</c> with long recordings, and optionally the
/// <c>manifest.json</c> of <c>wai data synth</c> (wake phrase).
/// </summary>
public sealed class DatasetFolder
{
    private DatasetFolder(string root, Vocabulary vocabulary, IReadOnlyList<ClipEntry> clips, IReadOnlyList<string> background, string? manifestWake)
    {
        Root = root;
        Vocabulary = vocabulary;
        Clips = clips;
        Background = background;
        ManifestWakePhrase = manifestWake;
    }

    /// <summary>The dataset folder (absolute).</summary>
    public string Root { get; }

    /// <summary>The classes, with the wake phrase the data was made for.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Every labelled clip, in ordinal path order.</summary>
    public IReadOnlyList<ClipEntry> Clips { get; }

    /// <summary>Relative paths of the long background recordings, in ordinal order.</summary>
    public IReadOnlyList<string> Background { get; }

    /// <summary>The wake phrase <c>manifest.json</c> names, or null without a manifest.</summary>
    public string? ManifestWakePhrase { get; }

    /// <summary>
    /// Scans <paramref name="folder"/>. <paramref name="wakePhrase"/> (null: the manifest's, else
    /// "hey nano") must have its label folder in the data.
    /// </summary>
    /// <exception cref="DatasetException">The folder is missing, a label folder is empty, the wake folder is absent, or a split list names a missing clip.</exception>
    public static DatasetFolder Scan(string folder, string? wakePhrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new DatasetException($"dataset folder {root} does not exist");
        string? manifestWake = ReadManifestWake(root);
        var vocabulary = new Vocabulary(wakePhrase ?? manifestWake ?? "hey nano");

        string[] labelFolders = Directory.EnumerateDirectories(root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != Vocabulary.BackgroundFolder && !name.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (labelFolders.Length == 0) throw new DatasetException($"dataset folder {root} has no label sub-folders (expected {vocabulary.WakeLabel}/, yes/, … in the Speech Commands layout)");
        if (!labelFolders.Contains(vocabulary.WakeLabel, StringComparer.Ordinal))
        {
            string madeFor = manifestWake != null ? $"; its manifest says it was synthesised for \"{manifestWake}\"" : string.Empty;
            throw new DatasetException($"dataset {root} has no {vocabulary.WakeLabel}/ folder for the wake phrase \"{vocabulary.WakePhrase}\"{madeFor} (synthesise it with: wai data synth --wake \"{vocabulary.WakePhrase}\")");
        }

        HashSet<string> validation = ReadList(root, "validation_list.txt");
        HashSet<string> testing = ReadList(root, "testing_list.txt");
        var clips = new List<ClipEntry>();
        foreach (string label in labelFolders)
        {
            string[] files = Directory.EnumerateFiles(Path.Combine(root, label), "*.wav")
                .Select(f => label + "/" + Path.GetFileName(f))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (files.Length == 0) throw new DatasetException($"label folder {Path.Combine(root, label)} holds no .wav clips");
            int index = vocabulary.ClassOfFolder(label);
            foreach (string file in files)
            {
                DataSplit split = testing.Contains(file) ? DataSplit.Test : validation.Contains(file) ? DataSplit.Validation : DataSplit.Train;
                clips.Add(new ClipEntry(file, label, index, split));
            }
        }

        foreach (string listed in validation.Concat(testing))
        {
            if (!File.Exists(Path.Combine(root, listed))) throw new DatasetException($"split list of {root} names {listed}, which does not exist");
        }

        string backgroundFolder = Path.Combine(root, Vocabulary.BackgroundFolder);
        string[] background = Directory.Exists(backgroundFolder)
            ? Directory.EnumerateFiles(backgroundFolder, "*.wav").Select(f => Vocabulary.BackgroundFolder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray()
            : [];
        return new DatasetFolder(root, vocabulary, clips, background, manifestWake);
    }

    /// <summary>The absolute path of a relative dataset path.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static HashSet<string> ReadList(string root, string name)
    {
        string path = Path.Combine(root, name);
        if (!File.Exists(path)) return new HashSet<string>(StringComparer.Ordinal);
        return File.ReadAllLines(path)
            .Select(line => line.Trim().Replace('\\', '/'))
            .Where(line => line.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string? ReadManifestWake(string root)
    {
        string path = Path.Combine(root, "manifest.json");
        if (!File.Exists(path)) return null;
        try
        {
            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(path));
            return manifest.RootElement.TryGetProperty("wakePhrase", out JsonElement wake) && wake.ValueKind == JsonValueKind.String ? wake.GetString() : null;
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{path} is not valid JSON: {e.Message}", e);
        }
    }
}
