using System.Security.Cryptography;
using System.Text;

namespace WearableAI.Training.Data;

/// <summary>
/// Hash of a dataset's content: SHA-256 over (relative path, NUL, SHA-256 of the file) for every
/// clip, background recording and split list, in ordinal path order — the same definition
/// <c>wai data synth</c> uses for <c>manifest.json</c>'s <c>dataHash</c>, so the two agree on
/// untouched synthesised data.
/// </summary>
public static class DataHasher
{
    /// <summary>The split list files that take part in the hash when present.</summary>
    public static readonly IReadOnlyList<string> ListFiles = ["testing_list.txt", "validation_list.txt"];

    /// <summary>Hashes the dataset's files (both cores).</summary>
    public static string Hash(DatasetFolder dataset, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(progress);
        List<string> files = [.. dataset.Clips.Select(c => c.RelativePath), .. dataset.Background];
        files.AddRange(ListFiles.Where(f => File.Exists(dataset.PathOf(f))));
        files.Sort(StringComparer.Ordinal);
        var hashes = new byte[files.Count][];
        progress.Begin("hashing data", files.Count);
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            hashes[i] = SHA256.HashData(File.ReadAllBytes(dataset.PathOf(files[i])));
            progress.Advance(1);
        });

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int i = 0; i < files.Count; i++)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(files[i] + "\0"));
            hash.AppendData(hashes[i]);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
