namespace WearableAI.Hub.Inference;

/// <summary>Resolves a configured models folder or model file path.</summary>
public static class ModelsFolder
{
    /// <summary>
    /// An absolute path as is; a relative one from the current directory or the nearest parent
    /// that has it (the repository's <c>models/</c> from <c>hub/WearableAI.Hub</c>); if none has
    /// it, relative to the current directory.
    /// </summary>
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        for (DirectoryInfo? folder = new(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, configured);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(configured);
    }
}
