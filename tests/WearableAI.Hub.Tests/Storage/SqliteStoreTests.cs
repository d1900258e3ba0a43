using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Devices;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Storage;

/// <summary>Single mode's SQLite storage: migrations, WAL, and the <see cref="StoreContract"/>.</summary>
public sealed class SqliteStoreTests : IDisposable
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
        Assert.Equal(StorageEngine.Sqlite, database.Engine);
        Assert.Equal(SchemaMigrations.All.Count, await ScalarAsync(database, "SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(0, await database.MigrateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_database_runs_in_WAL_mode()
    {
        HubDatabase database = await OpenMigratedAsync();

        await using DbConnection connection = await database.OpenAsync();
        await using DbCommand command = connection.Command("PRAGMA journal_mode");
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_redelivered_frame_is_stored_once_but_a_rebooted_device_reusing_the_sequence_is_stored_again() =>
        await (await ContractAsync()).A_redelivered_frame_is_stored_once_but_a_rebooted_device_reusing_the_sequence_is_stored_again();

    [Fact]
    public async Task The_unique_key_itself_refuses_a_duplicate_event() =>
        await (await ContractAsync()).The_unique_key_itself_refuses_a_duplicate_event();

    [Fact]
    public async Task Retention_deletes_only_events_older_than_the_configured_days() =>
        await (await ContractAsync()).Retention_deletes_only_events_older_than_the_configured_days();

    [Fact]
    public async Task Deleting_a_device_deletes_its_events() =>
        await (await ContractAsync()).Deleting_a_device_deletes_its_events();

    [Fact]
    public async Task Devices_presence_results_arbitrations_and_rollouts_read_back_what_was_written() =>
        await (await ContractAsync()).Devices_presence_results_arbitrations_and_rollouts_read_back_what_was_written();

    private async Task<StoreContract> ContractAsync() => new(await OpenMigratedAsync(), _clock);

    private async Task<HubDatabase> OpenMigratedAsync()
    {
        var database = new SqliteHubDatabase(Options.Create(new StorageOptions { DataFolder = _folder }));
        await database.MigrateAsync(CancellationToken.None);
        return database;
    }

    private static async Task<long> ScalarAsync(HubDatabase database, string sql)
    {
        await using DbConnection connection = await database.OpenAsync();
        await using DbCommand command = connection.Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
