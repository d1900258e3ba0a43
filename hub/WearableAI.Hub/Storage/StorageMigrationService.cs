using Microsoft.Data.Sqlite;

namespace WearableAI.Hub.Storage;

/// <summary>Applies the schema migrations at startup, before the broker accepts devices.</summary>
public sealed partial class StorageMigrationService(HubDatabase database, ILogger<StorageMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        int applied = await SchemaMigrations.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
        database.IsReady = true;
        LogReady(database.FilePath, applied);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready at {Path} ({Applied} migrations applied now)")]
    private partial void LogReady(string path, int applied);
}
