using System.Diagnostics;
using System.Globalization;
using WearableAI.HubLoad;

namespace WearableAI.Bench;

/// <summary>
/// Memory per connected device and the largest fleet the machine holds: the real hub (child
/// process) with devices provisioned through its REST API, then <see cref="LightWatch"/>
/// connections added step by step; after each step every connected watch sends a Heartbeat that
/// must be acknowledged, and the hub's resident memory is read. The largest fleet is the last step
/// where every watch connected and was served.
/// </summary>
public static class CapacityPart
{
    /// <summary>Measures.</summary>
    /// <param name="modelsFolder">Models the hub loads.</param>
    /// <param name="steps">Connected-device counts to reach, ascending.</param>
    /// <param name="progress">Progress lines.</param>
    public static async Task<CapacityFigures> MeasureAsync(string modelsFolder, int[] steps, Action<string> progress)
    {
        int target = steps[^1];
        (ulong softBefore, ulong hard) = ProcessLimits.OpenFiles();
        ulong soft = ProcessLimits.RaiseOpenFiles((ulong)target + 1024);
        string limits = soft == softBefore
            ? $"open files {soft} (hard {hard}), unchanged"
            : $"open files raised {softBefore} → {soft} (hard {hard}) for this process and the hub it starts";
        progress($"capacity: {limits}; starting the hub");
        await using HubProcess hub = await HubProcess.StartAsync(AppContext.BaseDirectory, modelsFolder);
        await Task.Delay(2000);
        double baseline = ProcessLimits.ResidentBytes(hub.ProcessId);

        var devices = new BenchDevice[target];
        var provisioning = Stopwatch.StartNew();
        int done = 0;
        await Parallel.ForAsync(0, target, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            devices[i] = await hub.ProvisionAsync($"light {i}", $"home-{i / 4}");
            if (Interlocked.Increment(ref done) % 1000 == 0)
            {
                progress($"capacity: {done}/{target} devices provisioned");
            }
        });
        progress(string.Create(CultureInfo.InvariantCulture, $"capacity: {target} devices provisioned in {provisioning.Elapsed.TotalSeconds:0} s (groups of 4)"));

        var watches = new List<LightWatch>();
        var results = new List<CapacityStep>();
        try
        {
            foreach (int step in steps)
            {
                var clock = Stopwatch.StartNew();
                var added = new LightWatch?[step - watches.Count];
                int from = watches.Count;
                await Parallel.ForAsync(0, added.Length, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
                {
                    using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                    BenchDevice d = devices[from + i];
                    added[i] = await LightWatch.ConnectAsync(hub.MqttPort, d.Id, d.Secret!, limit.Token);
                });
                watches.AddRange(added.OfType<LightWatch>());
                double connectSeconds = clock.Elapsed.TotalSeconds;
                int served = 0;
                await Parallel.ForEachAsync(watches, new ParallelOptions { MaxDegreeOfParallelism = 128 }, async (w, _) =>
                {
                    using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                    if (await w.HeartbeatAsync((uint)step, limit.Token))
                    {
                        Interlocked.Increment(ref served);
                    }
                });
                await Task.Delay(2000);
                double rss = ProcessLimits.ResidentBytes(hub.ProcessId);
                var result = new CapacityStep(step, watches.Count, served, Math.Round(rss / 1048576, 1),
                    watches.Count == 0 ? double.NaN : Math.Round((rss - baseline) / watches.Count / 1024, 2), Math.Round(connectSeconds, 1));
                results.Add(result);
                progress(string.Create(CultureInfo.InvariantCulture,
                    $"capacity: {result.Connected}/{step} connected in {connectSeconds:0.0} s, {served} heartbeats acknowledged, hub {result.HubMegabytes:0} MB ({result.KilobytesPerDevice:0.0} KB per device over the idle hub)"));
                if (result.Connected < step || served < result.Connected)
                {
                    break;
                }
            }
        }
        finally
        {
            await Parallel.ForEachAsync(watches, async (w, _) => await w.DisposeAsync());
        }

        CapacityStep? held = results.LastOrDefault(r => r.Connected == r.Target && r.Served == r.Connected);
        CapacityStep last = results[^1];
        double slope = results.Count >= 2 ? Math.Round((last.HubMegabytes - results[^2].HubMegabytes) * 1024 / Math.Max(1, last.Connected - results[^2].Connected), 2) : double.NaN;
        return new CapacityFigures(Math.Round(baseline / 1048576, 1), results, held?.Target ?? 0, last.KilobytesPerDevice, slope, limits);
    }
}

/// <summary>One step of the capacity sweep.</summary>
/// <param name="Target">Watches meant to be connected.</param>
/// <param name="Connected">Watches connected.</param>
/// <param name="Served">Heartbeats acknowledged in the round after the step.</param>
/// <param name="HubMegabytes">Hub resident memory, MiB.</param>
/// <param name="KilobytesPerDevice">(hub memory − idle hub memory) / connected, KiB.</param>
/// <param name="ConnectSeconds">Time to connect the step's new watches.</param>
public sealed record CapacityStep(int Target, int Connected, int Served, double HubMegabytes, double KilobytesPerDevice, double ConnectSeconds);

/// <summary>What the capacity sweep found.</summary>
/// <param name="IdleHubMegabytes">The hub's resident memory before any watch connected.</param>
/// <param name="Steps">Every step.</param>
/// <param name="LargestFleet">The largest step fully connected and served.</param>
/// <param name="KilobytesPerDevice">At the last step, over the idle hub.</param>
/// <param name="MarginalKilobytesPerDevice">Between the last two steps.</param>
/// <param name="Limits">Open-file limit and whether it was raised.</param>
public sealed record CapacityFigures(double IdleHubMegabytes, IReadOnlyList<CapacityStep> Steps, int LargestFleet, double KilobytesPerDevice, double MarginalKilobytesPerDevice, string Limits);
