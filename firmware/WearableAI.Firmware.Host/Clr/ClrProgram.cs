namespace WearableAI.Firmware.Host.Clr;

/// <summary>
/// One of the nanoCLR programs of firmware/WearableAI.Watch.Clr (Golden, Bench), converted to .pe
/// with the watch assemblies it runs: the shared core and the firmware core, as built for nanoFramework.
/// </summary>
public sealed class ClrProgram
{
    private ClrProgram(string[] assemblies, string[] dlls)
    {
        Assemblies = assemblies;
        Dlls = dlls;
    }

    /// <summary>The .pe files: the program first, then WearableAI.Kernels, WearableAI.Firmware and WearableAI.Shared.</summary>
    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>The nanoFramework builds they were converted from, in the same order.</summary>
    public IReadOnlyList<string> Dlls { get; }

    /// <summary>The native interop assembly's managed side (WearableAI.Kernels.dll), for <see cref="NativeKernelsBuild"/>.</summary>
    public string KernelsDll => Dlls[1];

    /// <summary>
    /// Converts the program's build output (<c>firmware/WearableAI.Watch.Clr/&lt;name&gt;/bin/&lt;configuration&gt;/netstandard2.0</c>)
    /// into <paramref name="outFolder"/>.
    /// </summary>
    /// <param name="kit">The kit.</param>
    /// <param name="repositoryRoot">The folder holding WearableAI.sln.</param>
    /// <param name="name">"Golden" or "Bench".</param>
    /// <param name="configuration">Build configuration of the program (Debug, Release).</param>
    /// <param name="outFolder">Where the .pe files go.</param>
    /// <returns>The converted program.</returns>
    /// <exception cref="FileNotFoundException">The program has not been built.</exception>
    public static ClrProgram Convert(NanoFrameworkKit kit, string repositoryRoot, string name, string configuration, string outFolder)
    {
        string bin = Path.Combine(repositoryRoot, "firmware", "WearableAI.Watch.Clr", name, "bin", configuration, "netstandard2.0");
        string program = Path.Combine(bin, $"WearableAI.Watch.Clr.{name}.dll");
        if (!File.Exists(program))
        {
            throw new FileNotFoundException($"the nanoCLR program {name} is not built: dotnet build firmware/WearableAI.Watch.Clr/{name} -c {configuration}", program);
        }

        string shared = Path.Combine(bin, "WearableAI.Shared.dll");
        string firmware = Path.Combine(bin, "WearableAI.Firmware.dll");
        string kernels = Path.Combine(bin, "WearableAI.Kernels.dll");
        Directory.CreateDirectory(outFolder);
        string[] dlls = [program, kernels, firmware, shared];
        string[] pes = [.. dlls.Select(dll => Path.Combine(outFolder, Path.GetFileNameWithoutExtension(dll) + ".pe"))];
        kit.Convert(shared, pes[3]);
        kit.Convert(firmware, pes[2], shared);
        kit.Convert(kernels, pes[1]);
        kit.Convert(program, pes[0], kernels, firmware, shared);
        return new ClrProgram(pes, dlls);
    }
}
