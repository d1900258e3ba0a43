using System.Diagnostics;

namespace WearableAI.Synthesis.Recordings;

/// <summary>
/// Debian packages fetched with <c>apt-get download</c> and unpacked with <c>dpkg-deb -x</c>
/// into a cache folder — never installed. Layout: <c>debs/</c> (the .deb files) and
/// <c>trees/&lt;package&gt;/</c> (each package's files); a tree is complete once its
/// <c>.extracted</c> marker (naming the .deb) exists, so a second run reuses it.
/// </summary>
public sealed class PackageCache
{
    private const string Marker = ".extracted";

    /// <summary>Uses (and creates) <paramref name="folder"/>.</summary>
    public PackageCache(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(DebsFolder);
        Directory.CreateDirectory(TreesFolder);
    }

    /// <summary>$XDG_CACHE_HOME/wai/packages, or ~/.cache/wai/packages.</summary>
    public static string DefaultFolder
    {
        get
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string root = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
            return Path.Combine(root, "wai", "packages");
        }
    }

    /// <summary>The cache folder.</summary>
    public string Folder { get; }

    /// <summary>Where the .deb files are kept.</summary>
    public string DebsFolder => Path.Combine(Folder, "debs");

    /// <summary>Where each package's tree is unpacked, one folder per package.</summary>
    public string TreesFolder => Path.Combine(Folder, "trees");

    /// <summary>True when the package's tree is already unpacked.</summary>
    public bool Has(string package) => File.Exists(Path.Combine(TreesFolder, package, Marker));

    /// <summary>The package's unpacked tree, downloading and unpacking it first if needed.</summary>
    public string Tree(string package)
    {
        ArgumentException.ThrowIfNullOrEmpty(package);
        if (package.Contains('/', StringComparison.Ordinal) || package.StartsWith('.')) throw new ArgumentException($"not a package name: '{package}'", nameof(package));
        string tree = Path.Combine(TreesFolder, package);
        if (Has(package)) return tree;

        string deb = FindDeb(package) ?? Download(package);
        // Unpacked beside the tree under a name of its own, then renamed: a concurrent run never sees half a tree.
        string partial = $"{tree}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Directory.CreateDirectory(partial);
        Run("dpkg-deb", ["-x", deb, partial], Folder, $"unpacking {Path.GetFileName(deb)}");
        File.WriteAllText(Path.Combine(partial, Marker), Path.GetFileName(deb) + "\n");
        if (Directory.Exists(tree) && !Has(package)) Directory.Delete(tree, recursive: true); // an older, interrupted layout
        try
        {
            Directory.Move(partial, tree);
        }
        catch (IOException) when (Has(package))
        {
            Directory.Delete(partial, recursive: true); // another run finished first
        }

        return tree;
    }

    private string? FindDeb(string package)
    {
        return Directory.GetFiles(DebsFolder, package + "_*.deb").Order(StringComparer.Ordinal).LastOrDefault();
    }

    private string Download(string package)
    {
        Run("apt-get", ["download", "-q", package], DebsFolder, $"downloading {package} (apt-get download; Debian contrib/non-free may need enabling)");
        return FindDeb(package) ?? throw new InvalidOperationException($"apt-get download {package} left no {package}_*.deb in {DebsFolder}");
    }

    private static void Run(string program, string[] arguments, string workingDirectory, string what)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string a in arguments) start.ArgumentList.Add(a);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{what}: could not start {program}");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        output.Wait();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{what}: {program} exited with {process.ExitCode}: {error.Trim()}");
    }
}
