using System.Reflection;
using WearableAI.Firmware.Host.Clr;
using WearableAI.Shared.Audio;
using WearableAI.Firmware.Clr.Run;
using WearableAI.TestSupport.Audio;

namespace WearableAI.Firmware.Tests.NanoClr;

/// <summary>
/// The golden run (firmware/WearableAI.Watch.Clr, <see cref="GoldenRun"/>) on the real nanoCLR — the watch
/// assemblies converted to .pe by the kit's MetadataProcessor — twice: on the kit's own nanoCLR (no native part of
/// WearableAI.Kernels: the C# path) and on a nanoCLR built with the watch's native interop assembly
/// (firmware/native/build-kernels.sh: the native kernels); and once on .NET 10, on the same model blob and clips.
/// Shared by the tests of <see cref="NanoClrGoldenTests"/>.
/// </summary>
public sealed class GoldenRunOnNanoClr
{
    public GoldenRunOnNanoClr()
    {
        string root = RepositoryFolders.Root;
        NanoFrameworkKit kit = NanoFrameworkKit.Open(root);
        string configuration = typeof(GoldenRunOnNanoClr).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string folder = Path.Combine(Path.GetTempPath(), "wai-nanoclr-golden-" + Environment.ProcessId);
        try
        {
            ClrProgram program = ClrProgram.Convert(kit, root, "Golden", configuration, folder);
            Clr = kit.Run(TimeSpan.FromMinutes(5), [.. program.Assemblies]);
            string nativeClr = NativeKernelsBuild.Build(kit, root, program);
            NativeClr = kit.RunOn(nativeClr, TimeSpan.FromMinutes(5), [.. program.Assemblies]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        byte[] blob = ShippedClips.WatchModel();
        short[] wake = ShippedClips.Read("hey_nano");
        short[] golden = Wav(GoldenClipPath);
        var dotnet = new CollectingSink();
        GoldenRun.Run(blob, golden, wake, golden, dotnet, null);
        DotNetLines = dotnet.Lines;
    }

    /// <summary>The golden front-end clip both runs hear (tests/golden/frontend).</summary>
    public static string GoldenClipPath => Path.Combine(RepositoryFolders.Golden, "frontend", "vowels.wav");

    /// <summary>The run on the kit's nanoCLR (C# path): exit code, output lines, errors.</summary>
    public ScriptResult Clr { get; }

    /// <summary>The run on the nanoCLR with the native kernels.</summary>
    public ScriptResult NativeClr { get; }

    /// <summary>The C#-path run's lines, after its first line (which names the path).</summary>
    public string[] ClrLines => Lines(Clr)[1..];

    /// <summary>The native run's lines, after its first line.</summary>
    public string[] NativeClrLines => Lines(NativeClr)[1..];

    /// <summary>The line each nanoCLR run starts with: which kernels it used ("kernels csharp", "kernels native").</summary>
    /// <param name="run">A run.</param>
    /// <returns>Its first line, or "" without output.</returns>
    public static string KernelsLine(ScriptResult run) => Lines(run) is { Length: > 0 } lines ? lines[0] : "";

    private static string[] Lines(ScriptResult run) => run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } lines ? lines : [""];

    /// <summary>The .NET run's lines.</summary>
    public IReadOnlyList<string> DotNetLines { get; }

    private static short[] Wav(string path)
    {
        string? error = PcmWav.TryParse(File.ReadAllBytes(path), out short[] samples, out int rate);
        return error == null && rate == 16000 ? samples : throw new InvalidDataException($"{path}: {error ?? "not 16 kHz"}");
    }

    private sealed class CollectingSink : LineSink
    {
        public List<string> Lines { get; } = [];

        public override void WriteLine(string line) => Lines.Add(line);
    }
}
