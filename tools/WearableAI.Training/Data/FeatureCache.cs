using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WearableAI.Shared.Audio;

namespace WearableAI.Training.Data;

/// <summary>
/// The binary cache of a dataset's features, one file per (data hash, front-end settings, window
/// layout): <c>&lt;dataset&gt;/.wai-cache/features-&lt;key hash&gt;.bin</c>. Layout: magic
/// <c>WAIFEAT1</c>, the full key, bands, three splits (count, labels, paths, windows), the background
/// streams, then a SHA-256 of everything before it. A file whose checksum or structure is wrong
/// is reported as corrupt, never silently used.
/// </summary>
public static class FeatureCache
{
    /// <summary>Folder under the dataset holding cache files (skipped by the dataset scan).</summary>
    public const string FolderName = ".wai-cache";

    private const string Magic = "WAIFEAT1";
    private const int ChecksumLength = 32;

    /// <summary>Canonical text of every front-end setting plus the window layout: part of the cache key and of config.json.</summary>
    public static string SettingsKey(FrontEndSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return string.Create(CultureInfo.InvariantCulture,
            $"rate={settings.SampleRate};dec={settings.Decimation};win={settings.WindowSize};hop={settings.HopSize};bands={settings.MelBands};" +
            $"low={settings.LowHz};high={settings.HighHz};scale={settings.LogScale};offset={settings.LogOffset};noise={settings.NoiseNormalization};" +
            $"smooth={settings.NoiseSmoothingBits};stored={FeatureWindows.StoredFrames};place=centre-reflect");
    }

    /// <summary>The cache file for a dataset hash and settings key.</summary>
    public static string PathFor(string cacheFolder, string dataHash, string settingsKey)
    {
        string id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataHash + "\n" + settingsKey)))[..16];
        return Path.Combine(cacheFolder, $"features-{id}.bin");
    }

    /// <summary>Writes the cache file (atomically: a temporary file renamed into place).</summary>
    public static void Write(string path, FeatureSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(set.DataHash + "\n" + set.FrontEndKey);
            writer.Write(set.Train.Bands);
            foreach (ClipFeatures split in new[] { set.Train, set.Validation, set.Test })
            {
                writer.Write(split.Count);
                foreach (int label in split.Labels) writer.Write(label);
                foreach (string p in split.Paths) writer.Write(p);
                writer.Write((byte[])(Array)split.Windows);
            }

            writer.Write(set.Background.Count);
            foreach (BackgroundStream stream in set.Background)
            {
                writer.Write(stream.Path);
                writer.Write(stream.Features.Length);
                writer.Write((byte[])(Array)stream.Features);
            }
        }

        byte[] checksum = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        body.Write(checksum);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + ".tmp";
        File.WriteAllBytes(temporary, body.ToArray());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a cache file; null when there is none.</summary>
    /// <exception cref="DatasetException">The file is corrupt or was made for other data or settings.</exception>
    public static FeatureSet? Read(string path, string dataHash, string settingsKey)
    {
        if (!File.Exists(path)) return null;
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < Magic.Length + ChecksumLength
            || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - ChecksumLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - ChecksumLength)))
        {
            throw Corrupt(path, "checksum mismatch");
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - ChecksumLength), Encoding.UTF8);
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic) throw Corrupt(path, "not a feature cache");
            string key = reader.ReadString();
            if (key != dataHash + "\n" + settingsKey) throw Corrupt(path, "made for other data or front-end settings");
            int bands = reader.ReadInt32();
            var splits = new ClipFeatures[3];
            for (int s = 0; s < splits.Length; s++)
            {
                int count = reader.ReadInt32();
                var labels = new int[count];
                for (int i = 0; i < count; i++) labels[i] = reader.ReadInt32();
                var paths = new string[count];
                for (int i = 0; i < count; i++) paths[i] = reader.ReadString();
                byte[] windows = reader.ReadBytes(count * FeatureWindows.StoredFrames * bands);
                splits[s] = new ClipFeatures(bands, (sbyte[])(Array)windows, labels, paths);
            }

            int streams = reader.ReadInt32();
            var background = new List<BackgroundStream>();
            for (int i = 0; i < streams; i++)
            {
                string name = reader.ReadString();
                int length = reader.ReadInt32();
                background.Add(new BackgroundStream(name, (sbyte[])(Array)reader.ReadBytes(length), bands));
            }

            return new FeatureSet(dataHash, settingsKey, splits[0], splits[1], splits[2], background);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IOException or FormatException)
        {
            throw Corrupt(path, e.Message);
        }
    }

    private static DatasetException Corrupt(string path, string why) =>
        new($"feature cache {path} is corrupt ({why}); delete it and run again");
}
