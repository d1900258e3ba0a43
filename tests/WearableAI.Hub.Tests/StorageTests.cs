using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Ingest;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests;

/// <summary>SQLite storage: migrations, de-duplication, retention.</summary>
public sealed class StorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wai-hub-storage-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Migrations_run_once_and_devices_survive_a_restart()
    {
        ProvisionedDevice device;
        await using (HubApp first = new(dataFolder: _folder))
        {
            await first.StartAsync();
            device = await first.ProvisionAsync("survivor");
        }

        await using HubApp second = new(dataFolder: _folder);
        await second.StartAsync();
        using HttpClient http = second.CreateClient();

        Assert.Contains(device.Id, await http.GetStringAsync("/api/devices"), StringComparison.Ordinal);
        HubDatabase database = second.Services.GetRequiredService<HubDatabase>();
        Assert.Equal(SchemaMigrations.All.Count, await ScalarAsync(database, "SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(0, await SchemaMigrations.ApplyAsync(await database.OpenAsync(), CancellationToken.None));
    }

    [Fact]
    public async Task The_database_runs_in_WAL_mode()
    {
        HubDatabase database = await OpenMigratedAsync();

        await using SqliteConnection connection = await database.OpenAsync();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_redelivered_frame_is_stored_once_but_a_rebooted_device_reusing_the_sequence_is_stored_again()
    {
        HubDatabase database = await OpenMigratedAsync();
        await AddDeviceAsync(database, "watch-1");
        var events = new FrameLog(database, _clock);

        Assert.True(await events.TryAddAsync("watch-1", 7, frameCrc: 0xA1, "WakeCandidate", "score 0.91", CancellationToken.None));
        Assert.False(await events.TryAddAsync("watch-1", 7, frameCrc: 0xA1, "WakeCandidate", "score 0.91", CancellationToken.None));
        Assert.True(await events.TryAddAsync("watch-1", 7, frameCrc: 0xB2, "WakeCandidate", "score 0.88", CancellationToken.None));

        Assert.Equal(2, (await events.ListAsync("watch-1", null, 100, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task The_unique_constraint_itself_refuses_a_duplicate_event()
    {
        HubDatabase database = await OpenMigratedAsync();
        await AddDeviceAsync(database, "watch-1");
        const string Insert = "INSERT INTO events (device_id, sequence, frame_crc, kind, received) VALUES ('watch-1', 1, 161, 'WakeCandidate', 0)";
        await ScalarAsync(database, Insert);

        SqliteException error = await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync(database, Insert));
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_deletes_only_events_older_than_the_configured_days()
    {
        HubDatabase database = await OpenMigratedAsync();
        await AddDeviceAsync(database, "watch-1");
        var events = new FrameLog(database, _clock);
        await events.TryAddAsync("watch-1", 1, 0xA1, "WakeCandidate", null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(20));
        await events.TryAddAsync("watch-1", 2, 0xA2, "WakeCandidate", null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(15));
        var retention = new EventRetentionService(events, database, Options.Create(new StorageOptions { DataFolder = _folder, EventRetentionDays = 30 }), _clock, NullLogger<EventRetentionService>.Instance);

        Assert.Equal(1, await retention.RunOnceAsync(CancellationToken.None));
        StoredEvent kept = Assert.Single(await events.ListAsync("watch-1", null, 100, CancellationToken.None));
        Assert.Equal(2, kept.Sequence);
    }

    [Fact]
    public async Task Deleting_a_device_deletes_its_events()
    {
        HubDatabase database = await OpenMigratedAsync();
        await AddDeviceAsync(database, "watch-1");
        var events = new FrameLog(database, _clock);
        await events.TryAddAsync("watch-1", 1, 0xA1, "WakeCandidate", null, CancellationToken.None);

        Assert.True(await new DeviceStore(database, _clock).DeleteAsync("watch-1", CancellationToken.None));
        Assert.Empty(await events.ListAsync("watch-1", null, 100, CancellationToken.None));
    }

    private async Task<HubDatabase> OpenMigratedAsync()
    {
        var database = new HubDatabase(Options.Create(new StorageOptions { DataFolder = _folder }));
        await using SqliteConnection connection = await database.OpenAsync();
        await SchemaMigrations.ApplyAsync(connection, CancellationToken.None);
        return database;
    }

    private Task AddDeviceAsync(HubDatabase database, string id) =>
        new DeviceStore(database, _clock).AddAsync(id, id, "home", [1], [2], "$7$", CancellationToken.None);

    private static async Task<long> ScalarAsync(HubDatabase database, string sql)
    {
        await using SqliteConnection connection = await database.OpenAsync();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
