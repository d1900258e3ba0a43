using System.Text.Json;
using WearableAI.HubLoad;

namespace WearableAI.Hub.Tests.Bench;

/// <summary>The load bench in a tiny configuration: correctness of its counting and report, never its timings.</summary>
public sealed class HubBenchTests
{
    [Fact]
    public async Task A_tiny_bench_run_gets_exactly_one_result_per_event_from_the_hub_and_the_echo_and_reports_every_field()
    {
        var options = new BenchOptions { Devices = 3, Seconds = 2, Rate = 2, SharedFraction = 0.67 };
        var progress = new List<string>();

        BenchReport report = await BenchRunner.RunAsync(options, progress.Add);

        foreach (StepResult step in (StepResult[])[report.Hub, report.Echo])
        {
            Assert.True(step.Sent >= 3 * 2, $"{step.Target} sent {step.Sent}");
            Assert.Equal((step.Sent, 0L, 0L, 0L), (step.Results, step.Lost, step.Duplicates, step.Errors));
            Assert.True(step.Complete);
        }

        Assert.Equal(3, report.Hub.Devices);
        Assert.Equal(report.Hub.Sent, report.HubHistogram!.Count);
        using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(report, BenchReportFormat.Json));
        foreach (string field in (string[])["date", "processorCount", "hub", "echo", "ratioP50", "ratioP99", "budgetP99Ms", "budgetPassed", "maxSustainedEventsPerSecond"])
        {
            Assert.True(json.RootElement.TryGetProperty(field, out _), $"report lacks {field}");
        }

        foreach (string field in (string[])["eventsPerSecond", "sent", "results", "lost", "latency"])
        {
            Assert.True(json.RootElement.GetProperty("hub").TryGetProperty(field, out _), $"hub step lacks {field}");
        }

        Assert.Contains("| hub ", BenchReportFormat.Table(report), StringComparison.Ordinal);
        Assert.Contains(progress, line => line.StartsWith("hub: 3 devices", StringComparison.Ordinal));
    }
}
