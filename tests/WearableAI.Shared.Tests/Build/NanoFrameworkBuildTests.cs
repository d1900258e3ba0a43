using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace WearableAI.Shared.Tests.Build;

/// <summary>
/// The shared core must run on the watch: its nanoFramework flavour (netstandard2.0 vehicle,
/// NoStdLib) may reference nanoFramework's mscorlib and nothing else.
/// </summary>
public class NanoFrameworkBuildTests
{
    [Fact]
    public void Nano_build_of_shared_references_only_the_nanoFramework_mscorlib()
    {
        string assembly = NanoAssemblyPath();
        Assert.True(File.Exists(assembly), $"nanoFramework build of shared/ not found at {assembly}; build WearableAI.sln");

        using FileStream stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => $"{metadata.GetString(r.Name)} {r.Version}")
            .ToArray();

        string reference = Assert.Single(references);
        Assert.StartsWith("mscorlib 1.17.", reference, StringComparison.Ordinal);
    }

    private static string NanoAssemblyPath()
    {
        string configuration = typeof(NanoFrameworkBuildTests).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return Path.Combine(RepositoryFolders.Root, "shared", "WearableAI.Shared", "bin", configuration, "netstandard2.0", "WearableAI.Shared.dll");
    }
}
