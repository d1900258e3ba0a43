using System.Text.RegularExpressions;

namespace WearableAI.Hub.Tests.FloorPlan;

/// <summary>The hub's C# files as its floor plan sees them: folder, namespace, and the folders each one uses.</summary>
internal static partial class HubSource
{
    private const string Root = "WearableAI.Hub";

    public static IReadOnlyList<SourceFile> Files()
    {
        string hub = Path.Combine(RepositoryFolders.Root, "hub", Root);
        return [.. Directory.EnumerateFiles(hub, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(hub, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => Read(hub, path))];
    }

    /// <summary>Folder → the folders it uses → the first file (and line) that does.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Dependencies()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (SourceFile file in Files().Where(f => !f.IsCompositionRoot))
        {
            Dictionary<string, string> uses = graph.TryGetValue(file.Folder, out Dictionary<string, string>? u) ? u : graph[file.Folder] = new(StringComparer.Ordinal);
            foreach ((string folder, string where) in file.Uses.Where(d => d.Folder != file.Folder))
            {
                uses.TryAdd(folder, where);
            }
        }

        return graph.ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.Value, StringComparer.Ordinal);
    }

    /// <summary>Each group of folders that reach each other (a strongly connected component of more than one), sorted.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Loops(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> graph)
    {
        HashSet<string> Reach(string start)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var todo = new Stack<string>([start]);
            while (todo.TryPop(out string? at))
            {
                foreach (string next in graph.TryGetValue(at, out IReadOnlyDictionary<string, string>? uses) ? uses.Keys : [])
                {
                    if (seen.Add(next))
                    {
                        todo.Push(next);
                    }
                }
            }

            return seen;
        }

        Dictionary<string, HashSet<string>> reach = graph.Keys.ToDictionary(k => k, Reach, StringComparer.Ordinal);
        var loops = new List<IReadOnlyList<string>>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string folder in graph.Keys.Order(StringComparer.Ordinal).Where(f => !placed.Contains(f)))
        {
            List<string> loop = [.. graph.Keys.Where(other => other == folder || (reach[folder].Contains(other) && reach.TryGetValue(other, out HashSet<string>? back) && back.Contains(folder)))
                .Order(StringComparer.Ordinal)];
            if (loop.Count > 1)
            {
                loops.Add(loop);
                placed.UnionWith(loop);
            }
        }

        return loops;
    }

    private static SourceFile Read(string hub, string relativePath)
    {
        string[] lines = File.ReadAllLines(Path.Combine(hub, relativePath));
        string folder = relativePath.Contains('/', StringComparison.Ordinal) ? relativePath[..relativePath.IndexOf('/', StringComparison.Ordinal)] : "";
        string ns = lines.Select(l => NamespaceLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? "(none)";
        var uses = new List<(string Folder, string Where)>();
        for (int i = 0; i < lines.Length; i++)
        {
            string code = Code(lines[i]);
            if (NamespaceLine().IsMatch(code))
            {
                continue;
            }

            foreach (Match m in HubNamespace().Matches(code))
            {
                uses.Add((m.Groups[1].Value, $"{relativePath}:{i + 1}"));
            }

            foreach (Match m in QualifiedFolder().Matches(code))
            {
                if (FolderNames(hub).Contains(m.Groups[1].Value))
                {
                    uses.Add((m.Groups[1].Value, $"{relativePath}:{i + 1}"));
                }
            }
        }

        return new SourceFile(relativePath, folder, ns, folder.Length == 0 ? Root : $"{Root}.{folder}", uses);
    }

    /// <summary>A line without its comment and string literals (a word in a message is no dependency).</summary>
    private static string Code(string line)
    {
        string noStrings = StringLiteral().Replace(line, "\"\"");
        int comment = noStrings.IndexOf("//", StringComparison.Ordinal);
        return comment >= 0 ? noStrings[..comment] : noStrings;
    }

    private static HashSet<string> FolderNames(string hub) =>
        [.. Directory.EnumerateDirectories(hub).Select(Path.GetFileName).OfType<string>().Where(n => n is not ("bin" or "obj" or "wwwroot" or "Properties"))];

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*;")]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"\bWearableAI\.Hub\.(\w+)")]
    private static partial Regex HubNamespace();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.[A-Z]")]
    private static partial Regex QualifiedFolder();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}

/// <summary>One hub source file.</summary>
/// <param name="RelativePath">Path under hub/WearableAI.Hub/.</param>
/// <param name="Folder">Its top folder ("" at the root).</param>
/// <param name="Namespace">The namespace it declares.</param>
/// <param name="ExpectedNamespace">WearableAI.Hub plus the folder.</param>
/// <param name="Uses">Hub folders it names, with where.</param>
internal sealed record SourceFile(string RelativePath, string Folder, string Namespace, string ExpectedNamespace, IReadOnlyList<(string Folder, string Where)> Uses)
{
    /// <summary>Program.cs: it wires the rooms together and is no room itself.</summary>
    public bool IsCompositionRoot => RelativePath == "Program.cs";
}
