using WearableAI.Training.Data;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// The output folder of a run. A finished run (it has <c>metrics.json</c>) is never overwritten,
/// nor is any other non-empty folder: the user gives a new name instead.
/// </summary>
public static class RunFolder
{
    /// <summary>Written last: its presence marks a finished run.</summary>
    public const string FinishedMarker = "metrics.json";

    /// <summary>Creates the folder, or refuses with one clear line.</summary>
    /// <exception cref="DatasetException">The folder holds a finished run, other files, or cannot be written.</exception>
    public static string Prepare(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string root = Path.GetFullPath(folder);
        if (File.Exists(root)) throw new DatasetException($"{root} is a file, not a run folder");
        if (File.Exists(Path.Combine(root, FinishedMarker)))
        {
            throw new DatasetException($"{root} already holds a finished run; it is never overwritten — give a new name with --out");
        }

        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new DatasetException($"{root} is not empty (an unfinished run?); delete it or give a new name with --out");
        }

        try
        {
            Directory.CreateDirectory(root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException($"cannot create {root}: {e.Message}", e);
        }

        return root;
    }
}
