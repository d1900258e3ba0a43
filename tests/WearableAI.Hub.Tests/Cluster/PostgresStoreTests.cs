using System.Data.Common;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Storage;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>Cluster mode's PostgreSQL storage on a real server: the same <see cref="StoreContract"/> as SQLite, plus day partitions.</summary>
[Collection(ClusterServicesCollection.Name)]
public sealed class PostgresStoreTests(ClusterServices services) : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private PostgresHubDatabase? _database;

    private PostgresHubDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        if (services.Started)
        {
            _database = new PostgresHubDatabase(await services.CreateDatabaseAsync());
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [ClusterFact]
    public async Task Several_workers_migrating_at_once_apply_each_migration_once()
    {
        int[] applied = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Database.MigrateAsync(CancellationToken.None))));

        Assert.Equal(PostgresSchema.All.Count, applied.Sum());
        Assert.Equal(0, await Database.MigrateAsync(CancellationToken.None));
    }

    [ClusterFact]
    public async Task Events_land_in_the_partition_of_their_day_and_retention_drops_whole_days()
    {
        await Database.MigrateAsync(CancellationToken.None);
        await new DeviceStore(Database, _clock).AddAsync("watch-9", "w", "home", [1], [2], "$7$", CancellationToken.None);
        var events = new FrameLog(Database, _clock);
        await events.TryAddAsync("watch-9", 1, 1, "Gesture", null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(1));
        await events.TryAddAsync("watch-9", 2, 2, "Gesture", null, CancellationToken.None);
        Assert.Equal(["events_p20261101", "events_p20261102"], await PartitionsAsync());

        Assert.Equal(1, await events.DeleteBeforeAsync(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), CancellationToken.None));

        Assert.Equal(["events_p20261102"], await PartitionsAsync());
        Assert.Equal(2, Assert.Single(await events.ListAsync("watch-9", null, 10, CancellationToken.None)).Sequence);
    }

    [ClusterFact]
    public async Task Two_workers_running_retention_at_once_drop_each_old_day_once()
    {
        await Database.MigrateAsync(CancellationToken.None);
        await new DeviceStore(Database, _clock).AddAsync("watch-9", "w", "home", [1], [2], "$7$", CancellationToken.None);
        var writer = new FrameLog(Database, _clock);
        for (uint day = 0; day < 3; day++)
        {
            await writer.TryAddAsync("watch-9", day, day, "Gesture", null, CancellationToken.None);
            _clock.Advance(TimeSpan.FromDays(1));
        }

        DateTimeOffset cutoff = new(2026, 11, 3, 0, 0, 0, TimeSpan.Zero);
        int[] deleted = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => new FrameLog(Database, _clock).DeleteBeforeAsync(cutoff, CancellationToken.None))));

        Assert.Equal(2, deleted.Sum());
        Assert.Equal(["events_p20261103"], await PartitionsAsync());
    }

    [ClusterFact]
    public async Task A_redelivered_frame_is_stored_once_but_a_rebooted_device_reusing_the_sequence_is_stored_again() =>
        await (await ContractAsync()).A_redelivered_frame_is_stored_once_but_a_rebooted_device_reusing_the_sequence_is_stored_again();

    [ClusterFact]
    public async Task The_unique_key_itself_refuses_a_duplicate_event() =>
        await (await ContractAsync()).The_unique_key_itself_refuses_a_duplicate_event();

    [ClusterFact]
    public async Task Retention_deletes_only_events_older_than_the_configured_days() =>
        await (await ContractAsync()).Retention_deletes_only_events_older_than_the_configured_days();

    [ClusterFact]
    public async Task Deleting_a_device_deletes_its_events() =>
        await (await ContractAsync()).Deleting_a_device_deletes_its_events();

    [ClusterFact]
    public async Task Devices_presence_results_arbitrations_and_rollouts_read_back_what_was_written() =>
        await (await ContractAsync()).Devices_presence_results_arbitrations_and_rollouts_read_back_what_was_written();

    private async Task<StoreContract> ContractAsync()
    {
        await Database.MigrateAsync(CancellationToken.None);
        return new StoreContract(Database, _clock);
    }

    private async Task<List<string>> PartitionsAsync()
    {
        await using DbConnection connection = await Database.OpenAsync();
        await using DbCommand command = connection.Command("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'events' ORDER BY 1");
        var names = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
