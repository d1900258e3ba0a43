using System.Data.Common;

namespace WearableAI.Hub.Storage;

/// <summary>
/// The hub's database: SQLite in Single mode (<see cref="SqliteHubDatabase"/>), PostgreSQL in Cluster mode
/// (<see cref="PostgresHubDatabase"/>). Every store is written once against ADO.NET's <see cref="DbConnection"/>
/// in the SQL both engines run (named <c>@parameters</c>, <c>ON CONFLICT</c>, <c>RETURNING</c>); where they differ
/// (the events table's time partitions) the store asks <see cref="Engine"/>. Hands out open, pooled connections;
/// the caller disposes each one.
/// </summary>
public abstract class HubDatabase
{
    /// <summary>Which engine this is.</summary>
    public abstract StorageEngine Engine { get; }

    /// <summary>Where the data is, for logs (a file path, or host, port and database; never a password).</summary>
    public abstract string Location { get; }

    /// <summary>True once the migrations have run.</summary>
    public bool IsReady { get; internal set; }

    /// <summary>Opens a new connection; the caller owns and disposes it.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies every schema migration not yet recorded; returns how many ran now.</summary>
    public abstract Task<int> MigrateAsync(CancellationToken cancellationToken);
}
