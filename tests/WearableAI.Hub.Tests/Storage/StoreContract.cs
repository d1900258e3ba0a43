using System.Data.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Arbitration;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Presence;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Rollout;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Storage;

/// <summary>
/// What every store promises on either engine, written once: <see cref="SqliteStoreTests"/> runs it on SQLite
/// (Single mode), <c>Cluster/PostgresStoreTests</c> on a real PostgreSQL (Cluster mode).
/// </summary>
public sealed class StoreContract(HubDatabase database, ManualClock clock)
{
    public async Task A_redelivered_frame_is_stored_once_but_a_rebooted_device_reusing_the_sequence_is_stored_again()
    {
        await AddDeviceAsync("watch-1");
        var events = new FrameLog(database, clock);

        Assert.True(await events.TryAddAsync("watch-1", 7, frameCrc: 0xA1, "WakeCandidate", "score 0.91", CancellationToken.None));
        Assert.False(await events.TryAddAsync("watch-1", 7, frameCrc: 0xA1, "WakeCandidate", "score 0.91", CancellationToken.None));
        Assert.True(await events.TryAddAsync("watch-1", 7, frameCrc: 0xB2, "WakeCandidate", "score 0.88", CancellationToken.None));

        Assert.Equal(2, (await events.ListAsync("watch-1", null, 100, CancellationToken.None)).Count);
        Assert.Equal(2, (await events.ListAsync(null, "wakecandidate", 100, CancellationToken.None)).Count);
    }

    public async Task The_unique_key_itself_refuses_a_duplicate_event()
    {
        await AddDeviceAsync("watch-1");
        string insert = database.Engine == StorageEngine.Sqlite
            ? "INSERT INTO events (device_id, sequence, frame_crc, kind, received) VALUES ('watch-1', 1, 161, 'WakeCandidate', 0)"
            : "INSERT INTO event_keys (device_id, sequence, frame_crc, received) VALUES ('watch-1', 1, 161, 0)";
        await ExecuteAsync(insert);

        DbException error = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(insert));
        Assert.Matches("UNIQUE|duplicate key", error.Message);
    }

    public async Task Retention_deletes_only_events_older_than_the_configured_days()
    {
        await AddDeviceAsync("watch-1");
        var events = new FrameLog(database, clock);
        await events.TryAddAsync("watch-1", 1, 0xA1, "WakeCandidate", null, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(20));
        await events.TryAddAsync("watch-1", 2, 0xA2, "WakeCandidate", null, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(15));
        var retention = new EventRetentionService(events, database, Options.Create(new StorageOptions { EventRetentionDays = 30 }), clock, NullLogger<EventRetentionService>.Instance);

        Assert.Equal(1, await retention.RunOnceAsync(CancellationToken.None));
        StoredEvent kept = Assert.Single(await events.ListAsync("watch-1", null, 100, CancellationToken.None));
        Assert.Equal(2, kept.Sequence);
    }

    public async Task Deleting_a_device_deletes_its_events()
    {
        await AddDeviceAsync("watch-1");
        var events = new FrameLog(database, clock);
        await events.TryAddAsync("watch-1", 1, 0xA1, "WakeCandidate", null, CancellationToken.None);

        Assert.True(await new DeviceStore(database, clock).DeleteAsync("watch-1", CancellationToken.None));
        Assert.Empty(await events.ListAsync("watch-1", null, 100, CancellationToken.None));
    }

    public async Task Devices_presence_results_arbitrations_and_rollouts_read_back_what_was_written()
    {
        var devices = new DeviceStore(database, clock);
        Assert.True(await devices.AddAsync("watch-1", "Wrist", "home", [1, 2], [3], "$7$hash", CancellationToken.None));
        Assert.False(await devices.AddAsync("watch-1", "Again", "home", [1], [2], "$7$", CancellationToken.None));
        await AddDeviceAsync("watch-2");
        Assert.True(await devices.UpdateAsync("watch-2", null, "kitchen", CancellationToken.None));

        var presence = new PresenceStore(database, clock);
        await presence.HeartbeatAsync("watch-1", new HeartbeatFrame { BatteryPercent = 87, FreeMemoryBytes = 51_000, DroppedEvents = 3, OfflineQueueDepth = 2 }, CancellationToken.None);
        await presence.ConnectedAsync("watch-1", CancellationToken.None);
        DeviceRecord watch = (await devices.FindAsync("watch-1", CancellationToken.None))!;
        Assert.Equal(("Wrist", "home", true, (int?)87, (long?)51_000, (long?)3, (int?)2), (watch.Name, watch.Group, watch.Online, watch.Battery, watch.FreeMemory, watch.DroppedEvents, watch.OfflineQueueDepth));
        Assert.Equal(["watch-1"], await presence.OnlineInGroupAsync("home", CancellationToken.None));
        Assert.Equal("kitchen", await presence.FindGroupAsync("watch-2", CancellationToken.None));
        DeviceCredential credential = (await devices.FindCredentialAsync("watch-1", CancellationToken.None))!;
        Assert.Equal(new byte[] { 1, 2 }, credential.SecretHash);
        Assert.Equal("$7$hash", credential.BrokerPasswordHash);
        Assert.Equal(["watch-1", "watch-2"], (await devices.ListAsync(CancellationToken.None)).Select(d => d.Id));

        var results = new ResultStore(database, clock);
        var answer = new HubResult("watch-1", "home", 7, FrameKind.WakeCandidate, Verdict.Accepted, ArbitrationOutcome.Won, "hey_nano", 0.93, 1, "watch-1");
        Assert.True(await results.TryAddAsync(answer, 0xC0FFEEu, 4.5, CancellationToken.None));
        StoredResult result = Assert.Single(await results.ListAsync("watch-1", 10, CancellationToken.None));
        Assert.Equal((7L, "hey_nano", (double?)0.93, "watch-1", (double?)4.5), (result.Sequence, result.Label, result.Confidence, result.Winner, result.LatencyMs));
        // The candidate's re-sent copy answered by a second worker at the same moment: stored once.
        Assert.False(await results.TryAddAsync(answer, 0xC0FFEEu, 6.0, CancellationToken.None));
        // The same sequence from a rebooted watch is another frame (another CRC): stored, and found as the newest.
        Assert.True(await results.TryAddAsync(answer with { Verdict = Verdict.Rejected }, 0xBEEFu, 3.0, CancellationToken.None));
        Assert.Equal(2, (await results.ListAsync("watch-1", 10, CancellationToken.None)).Count);
        Assert.Equal(Verdict.Rejected, (await results.FindAsync("watch-1", "home", 7, FrameKind.WakeCandidate, CancellationToken.None))!.Verdict);

        var arbitrations = new ArbitrationLog(database, clock);
        var candidate = new ArbitrationCandidate("watch-1", 7, 900, 100, 0.9, 0.93, 1.2, 0);
        await arbitrations.AddAsync("home", 250, candidate, "loudest", [candidate], CancellationToken.None);
        ArbitrationRecord decision = Assert.Single(await arbitrations.ListAsync("home", 10, CancellationToken.None));
        Assert.Equal((250, "watch-1", 7L, 1), (decision.WindowMs, decision.WinnerDeviceId, decision.WinnerSequence, decision.Candidates.Count));

        var rollouts = new RolloutStore(database, clock);
        long id = await rollouts.CreateAsync("home", 42, 4_635, 0xDEADBEEF, "watch-1", [("watch-1", "sending")], CancellationToken.None);
        await rollouts.UpdateDeviceAsync(id, "watch-1", "installed", 4_635, null, CancellationToken.None);
        RolloutRecord rollout = Assert.Single(await rollouts.ListAsync(CancellationToken.None));
        Assert.Equal((42u, 4_635, "installed"), (rollout.ModelVersion, rollout.BlobSize, Assert.Single(rollout.Devices).State));
        Assert.Equal(("watch-1", 0xDEADBEEFu), await rollouts.InfoAsync(id, CancellationToken.None));
    }

    private Task AddDeviceAsync(string id) =>
        new DeviceStore(database, clock).AddAsync(id, id, "home", [1], [2], "$7$", CancellationToken.None);

    private async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = await database.OpenAsync();
        await using DbCommand command = connection.Command(sql);
        await command.ExecuteNonQueryAsync();
    }
}
