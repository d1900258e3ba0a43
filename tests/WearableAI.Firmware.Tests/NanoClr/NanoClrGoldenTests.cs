namespace WearableAI.Firmware.Tests.NanoClr;

/// <summary>
/// The watch code on the runtime the watch has: shared/ and the firmware core, built for nanoFramework
/// (C# 9, nanoFramework's mscorlib), converted by the MetadataProcessor and run on nanoCLR
/// (../shared/nanoframework). Whatever the watch computes there — features, scores, the frames it sends —
/// must be what .NET computes, bit for bit, or the hub and the training see other numbers than the watch.
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
    public void The_front_end_on_nanoCLR_reproduces_the_golden_vectors()
    {
        string csv = Path.ChangeExtension(GoldenRunOnNanoClr.GoldenClipPath, null) + ".features.csv";
        string[] golden = [.. File.ReadAllLines(csv).Skip(1).Where(l => l.Length > 0)];
        string[] clr = [.. run.ClrLines.Where(l => l.StartsWith("fe ", StringComparison.Ordinal)).Select(l => l[3..])];

        Assert.Equal(golden, clr);
    }

    [Fact]
    public void Golden_audio_through_the_watch_gives_the_same_features_scores_and_frames_on_nanoCLR_as_on_dotnet()
    {
        string[] clr = run.ClrLines;
        IReadOnlyList<string> dotnet = run.DotNetLines;
        for (int i = 0; i < Math.Min(clr.Length, dotnet.Count); i++)
        {
            Assert.True(clr[i] == dotnet[i], $"line {i + 1} differs\n  nanoCLR: {clr[i]}\n  .NET:    {dotnet[i]}");
        }

        Assert.Equal(dotnet.Count, clr.Length);
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

    private static string Tail(string[] lines) => string.Join('\n', lines.TakeLast(20));
}
