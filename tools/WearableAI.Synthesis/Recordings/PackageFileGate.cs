using System.Collections.Concurrent;
using System.IO.Compression;

namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// The one way the data pipeline reads files it did not write: every path is checked against
/// <see cref="DataSourceAllowList"/> (refused with <see cref="DataSourceRefusedException"/>
/// otherwise) and recorded in <see cref="PathsRead"/>. Paths inside a zip archive are written
/// <c>archive!entry</c>. Symbolic links are followed only when they stay inside the package tree.
/// Thread-safe.
/// </summary>
public sealed class PackageFileGate
{
    private readonly ConcurrentDictionary<string, byte> _read = new(StringComparer.Ordinal);

    /// <summary>A gate over the packages of <paramref name="packages"/>.</summary>
    public PackageFileGate(PackageCache packages)
    {
        Packages = packages ?? throw new ArgumentNullException(nameof(packages));
    }

    /// <summary>The cache the package trees live in.</summary>
    public PackageCache Packages { get; }

    /// <summary>Every path read (or handed to a decoder) so far, sorted.</summary>
    public IReadOnlyList<string> PathsRead => _read.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Checks and records <paramref name="path"/> (a file, or <c>archive!entry</c>) and returns
    /// its full form; call before handing a path to another program (sox, fluidsynth).
    /// </summary>
    public string Authorize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int bang = path.IndexOf('!', StringComparison.Ordinal);
        string file = Path.GetFullPath(bang >= 0 ? path[..bang] : path);
        string full = bang >= 0 ? file + path[bang..] : file;
        string? refusal = DataSourceAllowList.Refusal(full, Packages.TreesFolder);
        if (refusal == null && new FileInfo(file).LinkTarget != null)
        {
            string? target = new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target == null || DataSourceAllowList.Refusal(target, Packages.TreesFolder) != null)
            {
                refusal = $"'{path}' is a link to '{target}', which is not on the data-source allow-list";
            }
        }

        if (refusal != null) throw new DataSourceRefusedException(refusal);
        _read.TryAdd(full, 0);
        return full;
    }

    /// <summary>Opens a file (or <c>archive!entry</c>) for reading after checking it.</summary>
    public Stream OpenRead(string path)
    {
        string full = Authorize(path);
        int bang = full.IndexOf('!', StringComparison.Ordinal);
        if (bang < 0) return File.OpenRead(full);

        var archive = new ZipArchive(File.OpenRead(full[..bang]), ZipArchiveMode.Read);
        ZipArchiveEntry entry = archive.GetEntry(full[(bang + 1)..]) ?? throw new FileNotFoundException($"no entry {full[(bang + 1)..]} in {full[..bang]}");
        var copy = new MemoryStream();
        using (Stream s = entry.Open()) s.CopyTo(copy);
        archive.Dispose();
        copy.Position = 0;
        return copy;
    }

    /// <summary>
    /// The files <paramref name="source"/>'s rule selects in its package tree (unpacking the
    /// package first if needed), as full paths (<c>archive!entry</c> inside archives), sorted.
    /// Listing a folder reads no file; each selected path is authorized here.
    /// </summary>
    public IReadOnlyList<string> List(RecordingSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string tree = Packages.Tree(source.Package);
        FileRule rule = source.Files;
        var found = new List<string>();
        if (rule.Archive != null)
        {
            string archive = Authorize(Path.Combine(tree, rule.Archive));
            using ZipArchive zip = ZipFile.OpenRead(archive);
            foreach (ZipArchiveEntry e in zip.Entries)
            {
                string name = e.FullName.Replace('\\', '/');
                if (name.StartsWith(rule.Folder.TrimStart('/'), StringComparison.Ordinal) && rule.Selects(name[rule.Folder.TrimStart('/').Length..]))
                {
                    found.Add(archive + "!" + name);
                }
            }
        }
        else
        {
            string folder = Path.Combine(tree, rule.Folder);
            if (Directory.Exists(folder))
            {
                foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                {
                    string below = Path.GetRelativePath(folder, file).Replace('\\', '/');
                    if (rule.Selects(below)) found.Add(file);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        foreach (string f in found) Authorize(f);
        return found;
    }
}
