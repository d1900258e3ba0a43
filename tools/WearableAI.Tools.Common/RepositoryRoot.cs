namespace WearableAI.Tools;

/// <summary>Finds the repository root: the nearest folder above the current one holding WearableAI.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WearableAI.sln"))) return dir.FullName;
        }

        throw new UserFacingException("not inside the WearableAI repository (no WearableAI.sln above the current folder); pass --out");
    }
}
