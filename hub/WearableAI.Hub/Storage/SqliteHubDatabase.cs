using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace WearableAI.Hub.Storage;

/// <summary>
/// Single mode: the hub's SQLite database file (<c>hub.db</c> in the data folder). Connections are pooled by
/// Microsoft.Data.Sqlite.
/// </summary>
public sealed class SqliteHubDatabase : HubDatabase
{
    private readonly string _connectionString;

    public SqliteHubDatabase(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string folder = options.Value.ResolvedDataFolder;
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, "hub.db");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath { get; }

    public override StorageEngine Engine => StorageEngine.Sqlite;

    public override string Location => FilePath;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        // SQLite's own busy handler waits in steps of a few ms for a concurrent writer (without it,
        // Microsoft.Data.Sqlite retries every 150 ms, which the pipeline's latency would show);
        // synchronous=NORMAL is WAL's recommended durability (a commit survives a crash of the process).
        using SqliteCommand pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public override async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SchemaMigrations.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
    }
}
