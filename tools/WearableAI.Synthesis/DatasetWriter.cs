using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WearableAI.Shared.Audio;
using WearableAI.Tools;

namespace WearableAI.Synthesis;

/// <summary>
/// Writes the dataset folder: WAV files (via <see cref="PcmWav"/>), Speech Commands split lists
/// (<c>validation_list.txt</c>, <c>testing_list.txt</c>) and <c>manifest.json</c> with a hash over
/// all the other files. Thread-safe for <see cref="WriteWav"/>.
/// </summary>
public sealed class DatasetWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private readonly ConcurrentDictionary<string, byte[]> _hashes = new(StringComparer.Ordinal);

    private readonly bool _resume;

    private DatasetWriter(string root, bool resume)
    {
        Root = root;
        _resume = resume;
    }

    /// <summary>The dataset folder (absolute).</summary>
    public string Root { get; }

    /// <summary>Bytes written so far.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytes);

    private long _bytes;

    /// <summary>
    /// Checks and prepares the output folder: creates it, refuses a non-empty one unless
    /// <paramref name="force"/> (then empties it) or <paramref name="resume"/> (then keeps the clips an
    /// interrupted run of the same settings finished, see <see cref="TryKeep"/>), and reports an
    /// unwritable one in one line.
    /// </summary>
    public static DatasetWriter Open(string folder, bool force, bool resume = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string root = Path.GetFullPath(folder);
        try
        {
            if (File.Exists(root)) throw new UserFacingException($"{root} is a file, not a folder");
            if (!resume && Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            {
                if (!force) throw new UserFacingException($"{root} is not empty; pass --force to replace its contents");
                string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                if (root == Path.GetPathRoot(root) || string.Equals(root.TrimEnd('/'), home.TrimEnd('/'), StringComparison.Ordinal))
                {
                    throw new UserFacingException($"refusing to empty {root} even with --force");
                }

                foreach (string dir in Directory.EnumerateDirectories(root)) Directory.Delete(dir, recursive: true);
                foreach (string file in Directory.EnumerateFiles(root)) File.Delete(file);
            }

            Directory.CreateDirectory(root);
            string probe = Path.Combine(root, ".wai-write-probe");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserFacingException($"cannot write to {root}: {e.Message}");
        }

        return new DatasetWriter(root, resume);
    }

    /// <summary>
    /// When resuming, keeps a WAV an earlier run of the same settings wrote (every clip is
    /// deterministic, and files appear whole, see <see cref="WriteWav"/>): true if it exists and parses.
    /// </summary>
    public bool TryKeep(string relativePath)
    {
        if (!_resume) return false;
        string path = Path.Combine(Root, relativePath);
        if (!File.Exists(path)) return false;
        byte[] bytes = File.ReadAllBytes(path);
        if (PcmWav.TryParse(bytes, out _, out _) != null) return false;
        _hashes[relativePath] = SHA256.HashData(bytes);
        Interlocked.Add(ref _bytes, bytes.Length);
        return true;
    }

    /// <summary>Creates a sub-folder.</summary>
    public void CreateFolder(string relative) => Directory.CreateDirectory(Path.Combine(Root, relative));

    /// <summary>Writes 16 kHz mono 16-bit samples to a file under the dataset.</summary>
    public void WriteWav(string relativePath, short[] samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        WriteFile(relativePath, PcmWav.Write(samples, 0, samples.Length, SynthesisSettings.SampleRate));
    }

    /// <summary>Writes <c>validation_list.txt</c> and <c>testing_list.txt</c> (one path a line, sorted).</summary>
    public void WriteSplitLists(IEnumerable<(string RelativePath, DatasetSplit Split)> clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var list = clips.ToList();
        WriteList("validation_list.txt", list.Where(c => c.Split == DatasetSplit.Validation).Select(c => c.RelativePath));
        WriteList("testing_list.txt", list.Where(c => c.Split == DatasetSplit.Test).Select(c => c.RelativePath));
    }

    /// <summary>Hash over every file written so far: SHA-256 of (path, NUL, file hash) in ordinal path order.</summary>
    public string DataHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (KeyValuePair<string, byte[]> entry in _hashes.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(entry.Key + "\0"));
            hash.AppendData(entry.Value);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Writes <c>manifest.json</c>; call last.</summary>
    public void WriteManifest(DatasetManifest manifest)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(manifest, JsonOptions);
        File.WriteAllBytes(Path.Combine(Root, "manifest.json"), [.. json, (byte)'\n']);
        Interlocked.Add(ref _bytes, json.Length + 1);
    }

    private void WriteList(string name, IEnumerable<string> paths)
    {
        var lines = paths.Order(StringComparer.Ordinal);
        WriteFile(name, Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));
    }

    private void WriteFile(string relativePath, byte[] bytes)
    {
        // Written aside and renamed, so an interrupted run leaves whole files only (resume relies on it).
        string path = Path.Combine(Root, relativePath);
        string partial = path + ".partial";
        File.WriteAllBytes(partial, bytes);
        File.Move(partial, path, overwrite: true);
        _hashes[relativePath] = SHA256.HashData(bytes);
        Interlocked.Add(ref _bytes, bytes.Length);
    }
}
