namespace WearableAI.Hub.Storage;

/// <summary>Applies the schema migrations at startup, before the broker accepts devices.</summary>
public sealed partial class StorageMigrationService(HubDatabase database, ILogger<StorageMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        int applied = await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        database.IsReady = true;
        LogReady(database.Engine, database.Location, applied);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready: {Engine} at {Location} ({Applied} migrations applied now)")]
    private partial void LogReady(StorageEngine engine, string location, int applied);
}
