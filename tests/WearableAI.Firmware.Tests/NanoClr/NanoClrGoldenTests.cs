using WearableAI.Firmware.Host.Clr;

namespace WearableAI.Firmware.Tests.NanoClr;

/// <summary>
/// The watch code on the runtime the watch has: shared/ and the firmware core, built for nanoFramework
/// (C# 9, nanoFramework's mscorlib), converted by the MetadataProcessor and run on nanoCLR
/// (../shared/nanoframework). Whatever the watch computes there — features, scores, the frames it sends —
/// must be what .NET computes, bit for bit, or the hub and the training see other numbers than the watch;
/// on the C# path and with the native kernels (firmware/native) alike.
/// </summary>
public sealed class NanoClrGoldenTests(GoldenRunOnNanoClr run) : IClassFixture<GoldenRunOnNanoClr>
{
    [Fact]
    public void The_watch_program_runs_to_its_end_on_nanoCLR()
    {
        Assert.True(run.Clr.ExitCode == 0, $"run.sh exit {run.Clr.ExitCode}:\n{run.Clr.StandardError}\n{Tail(run.ClrLines)}");
        Assert.Equal("end", run.ClrLines[^1]);
    }

    [Fact]
    public void Without_the_native_part_the_watch_runs_its_csharp_kernels()
    {
        Assert.Equal("kernels csharp", GoldenRunOnNanoClr.KernelsLine(run.Clr));
    }

    [Fact]
    public void On_the_nanoCLR_built_with_the_native_kernels_the_watch_uses_them_and_runs_to_its_end()
    {
        Assert.True(run.NativeClr.ExitCode == 0, $"run.sh exit {run.NativeClr.ExitCode}:\n{run.NativeClr.StandardError}\n{Tail(run.NativeClrLines)}");
        Assert.Equal("kernels native", GoldenRunOnNanoClr.KernelsLine(run.NativeClr));
        Assert.Equal("end", run.NativeClrLines[^1]);
    }

    [Fact]
    public void The_front_end_on_nanoCLR_reproduces_the_golden_vectors()
    {
        Assert.Equal(GoldenFeatures(), FrontEndLines(run.ClrLines));
    }

    [Fact]
    public void The_native_front_end_reproduces_the_golden_vectors()
    {
        Assert.Equal(GoldenFeatures(), FrontEndLines(run.NativeClrLines));
    }

    [Fact]
    public void Golden_audio_through_the_watch_gives_the_same_features_scores_and_frames_on_nanoCLR_as_on_dotnet()
    {
        AssertSameLines(run.ClrLines, run.DotNetLines);
    }

    [Fact]
    public void Golden_audio_through_the_native_kernels_gives_the_same_features_scores_and_frames_as_dotnet()
    {
        AssertSameLines(run.NativeClrLines, run.DotNetLines);
    }

    [Fact]
    public void The_watch_on_nanoCLR_hears_the_wake_phrase_and_sends_its_candidate_and_command()
    {
        // Status, Hello, WakeCandidate, CommandFeatures (offline after the verdict timeout): frame kinds 2, 1, 4, 5.
        string[] published = [.. run.ClrLines.Where(l => l.StartsWith("publish ", StringComparison.Ordinal))];
        string[] kinds = [.. published.Select(l => l.Split(' ')[2].Substring(2, 2))];

        Assert.Contains("04", kinds);
        Assert.Contains("05", kinds);
    }

    private static string[] GoldenFeatures()
    {
        string csv = Path.ChangeExtension(GoldenRunOnNanoClr.GoldenClipPath, null) + ".features.csv";
        return [.. File.ReadAllLines(csv).Skip(1).Where(l => l.Length > 0)];
    }

    private static string[] FrontEndLines(string[] lines) =>
        [.. lines.Where(l => l.StartsWith("fe ", StringComparison.Ordinal)).Select(l => l[3..])];

    private static void AssertSameLines(string[] clr, IReadOnlyList<string> dotnet)
    {
        for (int i = 0; i < Math.Min(clr.Length, dotnet.Count); i++)
        {
            Assert.True(clr[i] == dotnet[i], $"line {i + 1} differs\n  nanoCLR: {clr[i]}\n  .NET:    {dotnet[i]}");
        }

        Assert.Equal(dotnet.Count, clr.Length);
    }

    private static string Tail(string[] lines) => string.Join('\n', lines.TakeLast(20));
}
