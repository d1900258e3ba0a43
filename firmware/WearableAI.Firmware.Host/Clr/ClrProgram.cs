namespace WearableAI.Firmware.Host.Clr;

/// <summary>
/// One of the nanoCLR programs of firmware/WearableAI.Watch.Clr (Golden, Bench), converted to .pe
/// with the watch assemblies it runs: the shared core and the firmware core, as built for nanoFramework.
/// </summary>
public sealed class ClrProgram
{
    private ClrProgram(string[] assemblies)
    {
        Assemblies = assemblies;
    }

    /// <summary>The .pe files: the program first, then WearableAI.Firmware and WearableAI.Shared.</summary>
    public IReadOnlyList<string> Assemblies { get; }

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
        Directory.CreateDirectory(outFolder);
        string[] pes = [.. new[] { program, firmware, shared }.Select(dll => Path.Combine(outFolder, Path.GetFileNameWithoutExtension(dll) + ".pe"))];
        kit.Convert(shared, pes[2]);
        kit.Convert(firmware, pes[1], shared);
        kit.Convert(program, pes[0], firmware, shared);
        return new ClrProgram(pes);
    }
}
