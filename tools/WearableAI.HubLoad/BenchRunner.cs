using System.Globalization;

namespace WearableAI.HubLoad;

/// <summary>Runs the same load against the real hub and a bare MQTT echo; optionally ramps the hub's load.</summary>
public static class BenchRunner
{
    public static async Task<BenchReport> RunAsync(BenchOptions options, Action<string> progress)
    {
        (string models, string modelName) = ModelsFolder();
        progress($"model: {modelName}; {options.Devices} devices × {options.Rate.ToString(CultureInfo.InvariantCulture)}/s for {options.Seconds.ToString(CultureInfo.InvariantCulture)} s");

        StepResult hubStep;
        HubHistogram histogram;
        var ramp = new List<StepResult>();
        List<BenchDevice> devices = [];
        await using (HubProcess hub = await HubProcess.StartAsync(options.HubFolder, models))
        {
            int shared = (int)(options.Devices * options.SharedFraction) / 2 * 2;
            for (int i = 0; i < options.Devices; i++)
            {
                string group = i < shared ? $"shared-{i / 2}" : $"solo-{i}";
                devices.Add(await hub.ProvisionAsync($"bench {i}", group));
            }

            progress($"hub: {devices.Count} devices provisioned ({shared} in shared groups of 2), connecting");
            await using LoadGenerator load = await LoadGenerator.ConnectAsync(hub.MqttPort, devices);
            await load.RunAsync("warm-up", options.Rate, 1 / options.Rate, options.DrainSeconds);
            var before = HubHistogram.Buckets(await hub.MetricsAsync());
            progress("hub: running");
            hubStep = await load.RunAsync("hub", options.Rate, options.Seconds, options.DrainSeconds);
            histogram = HubHistogram.Between(before, HubHistogram.Buckets(await hub.MetricsAsync()));
            progress(Line(hubStep));
            if (options.Ramp)
            {
                for (double rate = options.Rate * 1.5; ; rate *= 1.5)
                {
                    StepResult step = await load.RunAsync("hub ramp", rate, options.RampStepSeconds, options.DrainSeconds);
                    ramp.Add(step);
                    progress(Line(step));
                    if (!step.Complete || step.Latency.P99 > options.RampBoundMs)
                    {
                        break;
                    }
                }
            }
        }

        StepResult echoStep;
        await using (EchoBroker echo = await EchoBroker.StartAsync(HubProcess.FreePort()))
        {
            progress("echo: connecting");
            await using LoadGenerator load = await LoadGenerator.ConnectAsync(echo.Port, [.. devices.Select(d => d with { Secret = null })]);
            await load.RunAsync("warm-up", options.Rate, 1 / options.Rate, options.DrainSeconds);
            progress("echo: running");
            echoStep = await load.RunAsync("echo", options.Rate, options.Seconds, options.DrainSeconds);
            progress(Line(echoStep));
        }

        double maxSustained = ramp.Prepend(hubStep).Where(s => s.Complete && s.Latency.P99 <= options.RampBoundMs).Select(s => s.EventsPerSecond).DefaultIfEmpty(0).Max();
        return new BenchReport(DateTimeOffset.UtcNow, Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription, modelName,
            options.SharedFraction, hubStep, echoStep, histogram,
            Math.Round(hubStep.Latency.P50 / echoStep.Latency.P50, 2), Math.Round(hubStep.Latency.P99 / echoStep.Latency.P99, 2),
            options.BudgetP99Ms, hubStep.Complete && hubStep.Latency.P99 <= options.BudgetP99Ms, ramp, maxSustained);
    }

    public static string Line(StepResult s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Target}: {s.Devices} devices × {s.RatePerDevice}/s: sent {s.Sent}, results {s.Results}, lost {s.Lost}, duplicates {s.Duplicates}, errors {s.Errors}, {s.EventsPerSecond} ev/s, p50 {s.Latency.P50} p95 {s.Latency.P95} p99 {s.Latency.P99} max {s.Latency.Max} ms");

    /// <summary>The repository's models/ if it holds hub.onnx + manifest.json, else a generated small model.</summary>
    internal static (string Folder, string Name) ModelsFolder()
    {
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models");
            if (File.Exists(Path.Combine(candidate, "hub.onnx")) && File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return (candidate, candidate);
            }
        }

        return (KeywordModelBuilder.CreateFolder(LoadGenerator.Bands), $"generated {LoadGenerator.Bands}-band test model (no models/hub.onnx)");
    }
}
