using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace WearableAI.Firmware.Tests.Build;

/// <summary>
/// The firmware core must run on the watch: its nanoFramework flavour (netstandard2.0 vehicle,
/// NoStdLib) may reference nanoFramework's mscorlib and the shared core, nothing else.
/// </summary>
public class NanoFirmwareBuildTests
{
    [Fact]
    public void Nano_build_of_the_firmware_core_references_only_mscorlib_and_the_shared_core()
    {
        string assembly = NanoAssemblyPath();
        Assert.True(File.Exists(assembly), $"nanoFramework build of the firmware core not found at {assembly}; build WearableAI.sln");

        using FileStream stream = File.OpenRead(assembly);
        using PEReader pe = new(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        string[] references = [.. metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => $"{metadata.GetString(r.Name)} {r.Version}")
            .Order(StringComparer.Ordinal)];

        // WearableAI.Shared appears once the core uses a shared type (the compiler drops unused references).
        Assert.Contains(references, r => r.StartsWith("mscorlib 1.17.", StringComparison.Ordinal));
        Assert.All(references, r => Assert.True(
            r.StartsWith("mscorlib 1.17.", StringComparison.Ordinal) || r.StartsWith("WearableAI.Shared ", StringComparison.Ordinal),
            $"unexpected reference {r}"));
    }

    [Fact]
    public void Nano_build_of_the_firmware_core_defines_no_generic_types_or_methods()
    {
        using FileStream stream = File.OpenRead(NanoAssemblyPath());
        using PEReader pe = new(stream);
        MetadataReader metadata = pe.GetMetadataReader();

        string[] generic = [.. metadata.TypeDefinitions
            .Select(h => metadata.GetTypeDefinition(h))
            .Where(t => t.GetGenericParameters().Count > 0 || t.GetMethods().Any(m => metadata.GetMethodDefinition(m).GetGenericParameters().Count > 0))
            .Select(t => metadata.GetString(t.Name))];

        Assert.Empty(generic);
    }

    private static string NanoAssemblyPath()
    {
        string configuration = typeof(NanoFirmwareBuildTests).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return Path.Combine(RepositoryFolders.Root, "firmware", "WearableAI.Firmware", "bin", configuration, "netstandard2.0", "WearableAI.Firmware.dll");
    }
}
