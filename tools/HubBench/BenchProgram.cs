using System.Text.Json;
using WearableAI.HubLoad;

namespace WearableAI.HubBench;

/// <summary>
/// <c>dotnet run -c Release --project tools/HubBench -- --devices 100 --seconds 20 [--rate 2] [--shared 0.2] [--ramp] [--json FILE]</c>
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"hub-bench: {e.Message}");
            return 2;
        }

        BenchReport report = await BenchRunner.RunAsync(options, line => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}"));
        Console.WriteLine(BenchReportFormat.Table(report));
        if (options.JsonPath is not null)
        {
            await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, BenchReportFormat.Json));
        }

        return report.Hub.Complete ? 0 : 1;
    }
}
