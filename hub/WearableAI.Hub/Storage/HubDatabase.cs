using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace WearableAI.Hub.Storage;

/// <summary>
/// The hub's SQLite database file (<c>hub.db</c> in the data folder). Hands out open
/// connections (pooled by Microsoft.Data.Sqlite); the caller disposes each one.
/// </summary>
public sealed class HubDatabase
{
    private readonly string _connectionString;

    public HubDatabase(IOptions<StorageOptions> options)
    {
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

    /// <summary>True once the migrations have run.</summary>
    public bool IsReady { get; internal set; }

    /// <summary>Opens a new connection; the caller owns and disposes it.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
