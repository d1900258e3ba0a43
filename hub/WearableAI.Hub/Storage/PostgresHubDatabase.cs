using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;
using WearableAI.Hub.Cluster;

namespace WearableAI.Hub.Storage;

/// <summary>
/// Cluster mode: the PostgreSQL database every hub worker shares (<see cref="ClusterOptions.PostgreSql"/>), through
/// one pooled <see cref="NpgsqlDataSource"/> per process. Disposing it closes the pool.
/// </summary>
public sealed class PostgresHubDatabase : HubDatabase, IDisposable, IAsyncDisposable
{
    /// <summary>How many of its most used statements each connection keeps prepared (Npgsql's <c>Max Auto Prepare</c>), unless the connection string says.</summary>
    public const int AutoPreparedStatements = 32;

    private readonly NpgsqlDataSource _source;

    public PostgresHubDatabase(IOptions<ClusterOptions> options)
        : this(options?.Value.PostgreSql ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public PostgresHubDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            // The hub runs a handful of statements per frame, the same ones over and over: prepared once per connection,
            // PostgreSQL no longer parses and plans each of them per frame. A connection string that sets its own value keeps it.
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        Location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        _source = NpgsqlDataSource.Create(builder);
    }

    public override StorageEngine Engine => StorageEngine.PostgreSql;

    public override string Location { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresSchema.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _source.Dispose();

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
