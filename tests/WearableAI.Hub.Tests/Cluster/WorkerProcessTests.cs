using System.Diagnostics;
using System.Globalization;
using Npgsql;
using WearableAI.Shared.Protocol;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.HubLoad;
using WearableAI.HubLoad.Workers;
using Xunit.Abstractions;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// Three real hub worker processes (the built hub, <see cref="HubWorkers"/>) in Cluster mode on the script's Mosquitto,
/// Redis and PostgreSQL; households of two watches each utter the wake phrase (both watches send a candidate at once).
/// What a household would notice: a candidate without a verdict, two watches both answering (a split round), a
/// verdict twice — and, when a worker dies, how long the answers stall and whether a gesture it held goes missing.
/// </summary>
[Collection(ClusterServicesCollection.Name)]
public sealed class WorkerProcessTests(ClusterServices services, ITestOutputHelper output)
{
    [ClusterFact]
    public async Task Three_worker_processes_give_every_candidate_one_verdict_and_every_utterance_one_winner()
    {
        (string database, HubWorkers workers) = await StartWorkersAsync();
        await using (workers)
        {
            List<Household> households = await JoinAsync(workers, count: 4);
            try
            {
                const int UtterancesEach = 6;
                Utterance[] heard = [.. (await Task.WhenAll(households.Select(async h =>
                {
                    var mine = new List<Utterance>();
                    for (int u = 0; u < UtterancesEach; u++)
                    {
                        mine.Add(await h.UtterAsync(firstLouder: u % 2 == 0));
                    }

                    return mine;
                }))).SelectMany(u => u)];
                IReadOnlyList<string> conflicting = Conflicting(heard, await StragglersAsync(households));

                Assert.All(heard, u => Assert.True(u.Answered, $"no verdict: {u}"));
                Assert.All(heard, u => Assert.True(u.OneWinner, $"split or doubled round: {u}"));
                Assert.True(conflicting.Count == 0, "a second, different verdict for a candidate: " + string.Join("; ", conflicting));
                Assert.Equal((heard.Length * 2L, heard.Length * 2L), await StoredResultsAsync(database));
            }
            finally
            {
                await DisposeAllAsync(households);
            }
        }
    }

    [ClusterFact]
    public async Task A_worker_killed_mid_stream_loses_no_candidate_and_verdicts_resume_within_ten_seconds()
    {
        (string database, HubWorkers workers) = await StartWorkersAsync();
        await using (workers)
        {
            List<Household> households = await JoinAsync(workers, count: 6);
            try
            {
                const int UtterancesEach = 24;
                int done = 0;
                long killedAt = 0;
                Task kill = Task.Run(async () =>
                {
                    // A quarter of the way through: every household is mid-stream.
                    while (Volatile.Read(ref done) < households.Count * UtterancesEach / 4)
                    {
                        await Task.Delay(10);
                    }

                    killedAt = Stopwatch.GetTimestamp();
                    await workers.KillAsync(1);
                }).Within();
                Utterance[] heard = [.. (await Task.WhenAll(households.Select(async h =>
                {
                    var mine = new List<Utterance>();
                    for (int u = 0; u < UtterancesEach; u++)
                    {
                        mine.Add(await h.UtterAsync(firstLouder: u % 2 == 0));
                        Interlocked.Increment(ref done);
                    }

                    return mine;
                }))).SelectMany(u => u)];
                await kill;

                Utterance[] after = [.. heard.Where(u => u.SentAt > killedAt)];
                int lost = heard.Sum(u => u.Verdicts.Count(v => v is null));
                double resumedAfter = after.Where(u => u.Answered).Select(u => u.DoneSecondsAfter(killedAt)).DefaultIfEmpty(double.PositiveInfinity).Min();
                int online = (await workers.All[0].Http.GetStringAsync("/api/devices")).Split("\"online\":true").Length - 1;
                string figures = string.Create(CultureInfo.InvariantCulture,
                    $"{heard.Length * 2} candidates, {after.Length * 2} sent after the kill; without a verdict: {lost}; split rounds: {heard.Count(u => u.Answered && !u.OneWinner)}; first verdict for a candidate sent after the kill: {resumedAfter:0.00} s after it; watches online at the end: {online} of {households.Count * 2}");
                output.WriteLine(figures);
                Assert.True(after.Length > 0, figures);
                Assert.True(lost == 0, $"lost: {figures}; e.g. {string.Join("; ", heard.Where(u => !u.Answered).Take(3))}");
                Assert.All(heard, u => Assert.True(u.OneWinner, $"split or doubled round: {u}"));
                Assert.True(resumedAfter <= 10, $"verdicts stalled: {figures}");
                // A re-sent candidate may be answered twice (the same verdict again); it is decided and stored once.
                (long stored, long distinct) = await StoredResultsAsync(database);
                Assert.Equal(distinct, stored);
            }
            finally
            {
                await DisposeAllAsync(households);
            }
        }
    }

    [ClusterFact]
    public async Task A_worker_killed_mid_stream_loses_no_gesture_and_stores_none_twice()
    {
        (string database, HubWorkers workers) = await StartWorkersAsync();
        await using (workers)
        {
            var watches = new List<GesturingWatch>();
            try
            {
                for (int i = 0; i < 12; i++)
                {
                    BenchDevice device = await workers.All[i % workers.All.Count].ProvisionAsync($"gesturing watch {i}", $"wrist-{i}");
                    watches.Add(new GesturingWatch(device, services.MqttPort));
                }

                using var stop = new CancellationTokenSource();
                Task[] running = [.. watches.Select(w => w.RunAsync(stop.Token))];
                await Task.Delay(TimeSpan.FromSeconds(2));
                // Mid-stream, and with gestures certainly in its hands: frozen for two seconds first, the worker's share
                // piles up unhandled (in its socket and at the broker), then it dies with it.
                workers.All[1].Freeze();
                await Task.Delay(TimeSpan.FromSeconds(2));
                await workers.KillAsync(1);
                await Task.Delay(TimeSpan.FromSeconds(3));
                await stop.CancelAsync();
                await Task.WhenAll(running).WaitAsync(TimeSpan.FromMinutes(2));

                int made = watches.Sum(w => w.Gestures.Count);
                int resent = watches.Sum(w => w.Link.Unreceipted.ResentCount);
                IReadOnlyDictionary<string, long[]> stored = await StoredGesturesAsync(database);
                string figures = $"{made} gestures made, {resent} sent again for want of a receipt, most waiting at once on one watch: {watches.Max(w => w.MostWaiting)}, waiting at the end: {watches.Sum(w => w.Link.Unreceipted.Count)}, given up: {watches.Sum(w => w.Link.Unreceipted.AbandonedCount)}";
                output.WriteLine(figures);
                Assert.True(resent > 0, $"the killed worker held no gesture: {figures}");
                Assert.All(watches, w =>
                {
                    long[] mine = stored.TryGetValue(w.Id, out long[]? s) ? s : [];
                    Assert.True(w.Gestures.Count > 0, figures);
                    Assert.Equal(0, w.Link.Unreceipted.AbandonedCount);
                    Assert.Equal(0, w.Link.Unreceipted.Count);
                    Assert.Equal(w.Gestures.Select(g => (long)g).Order(), mine.Order()); // every gesture in the history, each once
                });
            }
            finally
            {
                foreach (GesturingWatch watch in watches)
                {
                    watch.Dispose();
                }
            }
        }
    }

    private async Task<(string Database, HubWorkers Workers)> StartWorkersAsync()
    {
        string database = await services.CreateDatabaseAsync();
        var endpoints = new ClusterEndpoints(services.MqttPort, services.RedisPort, database, "t" + Guid.NewGuid().ToString("N")[..12]);
        HubWorkers workers = await HubWorkers.StartAsync(new WorkerLaunch
        {
            Services = endpoints,
            ModelsFolder = TestKeywordModel.CreateFolder(),
            Count = 3,
            // Candidates at the rate a busy household makes them, not the per-device rate limit's 20/s.
            Settings = ["--Hub:Broker:SessionExpirySeconds=0", "--Logging:LogLevel:Default=Warning"],
        });
        output.WriteLine(string.Join(", ", workers.All.Select(w => $"{w.Id} pid {w.ProcessId} {w.Url}")));
        return (database, workers);
    }

    /// <summary>Households provisioned through the workers in turn (one store: each worker knows every device).</summary>
    private async Task<List<Household>> JoinAsync(HubWorkers workers, int count)
    {
        var households = new List<Household>();
        for (int i = 0; i < count; i++)
        {
            households.Add(await Household.JoinAsync(workers.All[i % workers.All.Count], services.MqttPort, $"home-{i}"));
        }

        // A round waits for every online watch of its group: both must be online (their Hello stored) before they speak.
        foreach (Household household in households)
        {
            foreach (Watch watch in household.Watches)
            {
                await WaitUntilOnlineAsync(workers.All[0], watch.Id);
            }
        }

        return households;
    }

    private static async Task WaitUntilOnlineAsync(HubWorker worker, string deviceId)
    {
        var patience = Stopwatch.StartNew();
        while (!(await worker.Http.GetStringAsync($"/api/devices/{deviceId}")).Contains("\"online\":true", StringComparison.Ordinal))
        {
            Assert.True(patience.Elapsed < Signal.Timeout, $"{deviceId} never came online");
            await Task.Delay(50);
        }
    }

    private static async Task<IReadOnlyList<ResultFrame>> StragglersAsync(IEnumerable<Household> households)
    {
        var late = new List<ResultFrame>();
        foreach (Household household in households)
        {
            late.AddRange(await household.StragglersAsync(TimeSpan.FromSeconds(1)));
        }

        return late;
    }

    /// <summary>Verdicts after the last utterance that differ from the one the watch got (a re-send's repeat of the same verdict is fine).</summary>
    private static List<string> Conflicting(IEnumerable<Utterance> heard, IEnumerable<ResultFrame> stragglers)
    {
        var answered = heard.SelectMany(u => u.Verdicts).OfType<ResultFrame>().ToDictionary(v => (v.DeviceId, v.ReplyToSequence));
        return [.. stragglers
            .Where(r => !answered.TryGetValue((r.DeviceId, r.ReplyToSequence), out ResultFrame? first) || first.Verdict != r.Verdict || first.WinnerDeviceId != r.WinnerDeviceId)
            .Select(r => $"{r.DeviceId} #{r.ReplyToSequence} {r.Verdict} winner '{r.WinnerDeviceId}'")];
    }

    /// <summary>Stored wake results, and distinct (device, sequence) among them.</summary>
    private static async Task<(long Results, long Distinct)> StoredResultsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT (device_id, sequence)) FROM results WHERE kind = 'WakeCandidate'", connection);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The gestures stored in the events table, by device (a gesture stored twice appears twice).</summary>
    private static async Task<IReadOnlyDictionary<string, long[]>> StoredGesturesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT device_id, sequence FROM events WHERE kind = 'Gesture'", connection);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<(string Device, long Sequence)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows.GroupBy(r => r.Device).ToDictionary(g => g.Key, g => g.Select(r => r.Sequence).ToArray());
    }

    private static async Task DisposeAllAsync(IEnumerable<Household> households)
    {
        foreach (Household household in households)
        {
            await household.DisposeAsync();
        }
    }
}
