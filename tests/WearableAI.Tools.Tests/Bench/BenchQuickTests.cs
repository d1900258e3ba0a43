using System.Text.Json;
using WearableAI.Tools.Tests.Fleet;

namespace WearableAI.Tools.Tests.Bench;

/// <summary>`wai bench --quick` end to end: every part runs for real at small sizes.</summary>
public class BenchQuickTests
{
    /// <summary>The budget table of DESIGN.md, by what each budget is about, as the report must name them.</summary>
    private static readonly string[] DesignBudgets =
    [
        "while speech is present ≤ 48 M nanoCLR x86 instructions per second of audio",
        "idle (voice-activity gate only) ≤ 8 M nanoCLR x86 instructions per second of audio",
        "no audio lost",
        "tiny model weights ≤ 16 KB; working buffers ≤ 24 KB; no allocation per frame",
        "≤ 4 KB per wake candidate; nothing while idle but a heartbeat",
        "≥ 40 dB SNR",
        "accuracy drop ≤ 1 point",
        "miss rate ≤ 5 % at ≤ 0.5 false accepts per hour",
        "command accuracy ≥ 95 % on held-out voices; ONNX ≤ 2 MB",
        "p99 ≤ 20 ms at 100 devices",
        "nearest device wins ≥ 95 % of multi-device scenes, decided within 250 ms",
        "largest fleet this machine holds",
    ];

    [Fact]
    public void The_quick_bench_lists_every_design_budget_with_a_measured_figure_and_a_verdict()
    {
        string output = WaiProcess.NewFolder();
        WaiProcess.Result run = WaiProcess.Run(null, "bench", "--quick", "--out", output, "--models", Path.Combine(SceneParserTests.Root(), "models"));

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        string markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        JsonElement[] rows = [.. json.RootElement.GetProperty("rows").EnumerateArray()];
        foreach (string budget in DesignBudgets)
        {
            Assert.Contains(budget, markdown, StringComparison.Ordinal);
            JsonElement[] mine = [.. rows.Where(r => r.GetProperty("budget").GetString()!.Contains(budget, StringComparison.Ordinal))];
            Assert.NotEmpty(mine);
            Assert.Contains(mine, r => r.GetProperty("verdict").GetString() is "pass" or "miss");
        }

        Assert.Empty(json.RootElement.GetProperty("failures").EnumerateArray());
        Assert.Contains("hub ÷ bare broker", markdown, StringComparison.Ordinal);
        Assert.Contains("pass,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_part_is_refused_with_the_list_of_parts()
    {
        WaiProcess.Result run = WaiProcess.Run(null, "bench", "--only", "watch,radio");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown part radio", run.Output, StringComparison.Ordinal);
    }
}
