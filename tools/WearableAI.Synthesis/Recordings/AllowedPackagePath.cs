namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// Files of one package's extracted tree that may be read: every path that starts with
/// <paramref name="PathPrefix"/> (a folder ending in '/', or one file) and ends with
/// <paramref name="Suffix"/> (e.g. <c>.ogg</c>; empty for any).
/// </summary>
/// <param name="Package">The Debian package.</param>
/// <param name="PathPrefix">Path inside the tree, '/' separators, no leading '/'.</param>
/// <param name="Suffix">Required file-name ending, or empty.</param>
public sealed record AllowedPackagePath(string Package, string PathPrefix, string Suffix)
{
    /// <summary>True when <paramref name="pathInTree"/> is allowed ('..' segments never are).</summary>
    public bool Allows(string pathInTree)
    {
        ArgumentNullException.ThrowIfNull(pathInTree);
        if (pathInTree.Split('/').Contains("..")) return false;
        bool inside = PathPrefix.EndsWith('/') ? pathInTree.StartsWith(PathPrefix, StringComparison.Ordinal) : pathInTree == PathPrefix;
        return inside && pathInTree.EndsWith(Suffix, StringComparison.Ordinal);
    }
}
