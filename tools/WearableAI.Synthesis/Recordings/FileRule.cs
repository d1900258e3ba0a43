using System.Text.RegularExpressions;

namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// Which files of one package's own extracted tree a source reads: a folder inside the tree (or
/// inside a zip archive in the tree) and either an explicit list of file names or a documented
/// pattern over the path below that folder. Never a system folder: the tree is the package's
/// files as <c>dpkg-deb -x</c> unpacked them into the cache.
/// </summary>
public sealed class FileRule
{
    private readonly Regex _pattern;

    private FileRule(string folder, string? archive, Regex pattern, string description, IReadOnlyList<string>? names = null)
    {
        Names = names;
        Folder = folder.TrimEnd('/') + "/";
        Archive = archive;
        _pattern = pattern;
        Description = description;
    }

    /// <summary>Folder inside the package tree (or inside <see cref="Archive"/>), ending in '/'.</summary>
    public string Folder { get; }

    /// <summary>A zip archive inside the package tree whose entries are read, or null for plain files.</summary>
    public string? Archive { get; }

    /// <summary>The explicit file names of a <see cref="Named"/> rule, or null for a pattern.</summary>
    public IReadOnlyList<string>? Names { get; }

    /// <summary>The rule in words, as the catalogue documents it.</summary>
    public string Description { get; }

    /// <summary>Exactly these files of <paramref name="folder"/>.</summary>
    public static FileRule Named(string folder, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        string alternatives = string.Join("|", names.Select(Regex.Escape));
        return new FileRule(folder, null, new Regex($"^({alternatives})$", RegexOptions.CultureInvariant), $"{folder}: {string.Join(", ", names)}", names);
    }

    /// <summary>
    /// Files whose path below <paramref name="folder"/> (with '/' separators) matches
    /// <paramref name="pattern"/> (anchored at both ends); <paramref name="description"/> says it in words.
    /// </summary>
    public static FileRule Matching(string folder, string pattern, string description)
    {
        return new FileRule(folder, null, new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant), description);
    }

    /// <summary>Entries of the zip <paramref name="archive"/> (a path in the tree) below <paramref name="folder"/> matching <paramref name="pattern"/>.</summary>
    public static FileRule InArchive(string archive, string folder, string pattern, string description)
    {
        return new FileRule(folder, archive, new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant), description);
    }

    /// <summary>True when <paramref name="pathBelowFolder"/> (relative to <see cref="Folder"/>, '/' separators) is selected.</summary>
    public bool Selects(string pathBelowFolder)
    {
        ArgumentNullException.ThrowIfNull(pathBelowFolder);
        return _pattern.IsMatch(pathBelowFolder);
    }

    /// <inheritdoc/>
    public override string ToString() => Description;
}
