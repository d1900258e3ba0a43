namespace WearableAI.TestSupport;

/// <summary>Folders of the repository the tests run from: its root, the shipped models and clips, the golden vectors, the artifacts.</summary>
public static class RepositoryFolders
{
    /// <summary>The folder holding WearableAI.sln (found upwards from the test's output folder).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>models/: hub.onnx, watch.waim, manifest.json.</summary>
    public static string Models => Path.Combine(Root, "models");

    /// <summary>models/clips/: the shipped WAV clips (hey_nano.wav, one per command word, hey_mario.wav) and clips.json.</summary>
    public static string Clips => Path.Combine(Models, "clips");

    /// <summary>tests/golden/: golden vectors written by <c>wai golden</c>.</summary>
    public static string Golden => Path.Combine(Root, "tests", "golden");

    /// <summary>artifacts/ at the root (screenshots, demo data); ignored by git.</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts");

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WearableAI.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no WearableAI.sln above {AppContext.BaseDirectory}");
    }
}
