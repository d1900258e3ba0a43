using System.Text.Json;
using WearableAI.Training.Eval;
using Xunit.Abstractions;

namespace WearableAI.Training.Tests.Eval;

[Collection(EvaluatedRunCollection.Name)]
public sealed class EvalSmokeTests(EvaluatedRun run, ITestOutputHelper output)
{
    private static readonly string[] RateKeys =
    [
        "cascade.wake_miss_rate", "hub.command_accuracy", "hub.command_accuracy_mean", "hub.command_accuracy_forced_choice", "hub.unknown_rejected", "tiny.wake_miss_rate",
    ];

    private static readonly string[] NonNegativeKeys = ["cascade.false_accepts_per_hour", "tiny.false_accepts_per_hour", "tiny.ops_per_second_speech", "tiny.ops_per_second_idle"];

    private static readonly string[] ByteKeys = ["tiny.weights_bytes", "hub.onnx_bytes"];

    [Fact]
    public void The_report_holds_every_required_figure_with_sane_values()
    {
        output.WriteLine(File.ReadAllText(run.JsonPath)[..2000]);
        foreach (string key in RateKeys)
        {
            double value = Figure(key);
            Assert.InRange(value, 0, 1);
        }

        foreach (string key in NonNegativeKeys) Assert.True(Figure(key) >= 0, key);
        foreach (string key in ByteKeys) Assert.True(Figure(key) > 0, key);
        Assert.True(Math.Abs(Figure("tiny.quantization_accuracy_drop")) <= 100);
        Assert.Equal("tiny float vs tiny int8 on the evaluated clips", run.Report.Tiny!.QuantizationAccuracyDropSource);
        Assert.True(Figure("tiny.ops_per_second_speech") > Figure("tiny.ops_per_second_idle"), "speech costs more than the idle gate");
        Assert.Contains(run.Report.Budgets, b => b.Figure == "tiny.weights_bytes" && b.Verdict == "pass");
        Assert.NotNull(run.Report.Teacher);
    }

    [Fact]
    public void The_plots_are_valid_PNG_files()
    {
        Assert.Contains(run.Report.Plots, p => p.EndsWith("det.png", StringComparison.Ordinal));
        Assert.Contains(run.Report.Plots, p => p.EndsWith("confusion-tiny.png", StringComparison.Ordinal));
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        foreach (string plot in run.Report.Plots)
        {
            byte[] bytes = File.ReadAllBytes(plot);
            Assert.True(bytes.Length > 1000, plot);
            Assert.Equal(signature, bytes[..8]);
        }
    }

    [Fact]
    public void Every_DET_curve_is_monotone_misses_rise_and_false_accepts_fall_with_the_threshold()
    {
        foreach (TierReport tier in new[] { run.Report.Teacher!, run.Report.Hub, run.Report.Tiny!, run.Report.Cascade! })
        {
            IReadOnlyList<DetPoint> det = tier.Det!;
            for (int i = 1; i < det.Count; i++)
            {
                Assert.True(det[i].MissRate >= det[i - 1].MissRate, $"{tier.Name}: miss rate falls at {det[i].Threshold}");
                Assert.True(det[i].FalseAcceptsPerHour <= det[i - 1].FalseAcceptsPerHour, $"{tier.Name}: false accepts rise at {det[i].Threshold}");
            }
        }
    }

    [Fact]
    public void Every_tier_gives_its_figures_per_engine_family_and_the_families_add_up_to_the_tier()
    {
        foreach (TierReport tier in new[] { run.Report.Hub, run.Report.Tiny!, run.Report.Cascade! })
        {
            IReadOnlyList<GroupFigures> families = tier.Families!;
            Assert.Equal(run.Report.Clips, families.Sum(f => f.Clips));
            Assert.Equal(run.Report.WakeClips, families.Sum(f => f.WakeClips));
            double missed = families.Where(f => f.WakeClips > 0).Sum(f => f.WakeMissRate!.Value * f.WakeClips);
            Assert.Equal(tier.WakeMissRate!.Value * run.Report.WakeClips, missed, 6);
            Assert.Equal(run.Report.NegativeClipHours, families.Sum(f => f.NegativeClipHours), 6);
            double accepts = families.Where(f => f.NegativeClipHours > 0).Sum(f => f.FalseAcceptsPerHour!.Value * f.NegativeClipHours);
            Assert.Equal(tier.FalseAcceptsPerHourNegativeClips!.Value * run.Report.NegativeClipHours, accepts, 6);
            Assert.Contains(run.Report.Plots, p => p.EndsWith($"det-families-{tier.Name}.png", StringComparison.Ordinal));
        }

        Assert.Contains(run.Report.Notes, n => n.StartsWith("clean only", StringComparison.Ordinal)); // the tone data marks no noise
        Assert.Null(run.Report.Hub.Conditions);
    }

    [Fact]
    public void The_cascade_only_removes_triggers()
    {
        TierReport tiny = run.Report.Tiny!;
        TierReport cascade = run.Report.Cascade!;
        Assert.True(cascade.WakeMissRate >= tiny.WakeMissRate);
        Assert.True(cascade.FalseAcceptsPerHour <= tiny.FalseAcceptsPerHour);
        Assert.True(cascade.FalseAcceptsPerHourBackground <= tiny.FalseAcceptsPerHourBackground);
        Assert.True(cascade.FalseAcceptsPerHourNegativeClips <= tiny.FalseAcceptsPerHourNegativeClips);
    }

    private double Figure(string key)
    {
        JsonElement element = run.Json.RootElement;
        foreach (string part in key.Split('.')) element = element.GetProperty(part);
        return element.GetDouble();
    }
}
