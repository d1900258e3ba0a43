using Microsoft.Data.Sqlite;

namespace WearableAI.Hub.Storage;

/// <summary>
/// The numbered schema migrations. Each runs once, in order, in its own transaction, and is
/// recorded in <c>schema_migrations</c>; never edit a migration that has shipped, add the next one.
/// Times are Unix milliseconds (UTC).
/// </summary>
public static class SchemaMigrations
{
    /// <summary>Migration number → SQL.</summary>
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE groups (
                id       TEXT PRIMARY KEY,
                created  INTEGER NOT NULL
            );
            CREATE TABLE devices (
                id                    TEXT PRIMARY KEY,
                name                  TEXT NOT NULL,
                group_id              TEXT NOT NULL REFERENCES groups(id),
                secret_hash           BLOB NOT NULL,
                secret_salt           BLOB NOT NULL,
                broker_password_hash  TEXT NOT NULL,
                created               INTEGER NOT NULL,
                last_seen             INTEGER,
                board                 TEXT,
                model_version         TEXT,
                online                INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX devices_group ON devices(group_id);
            CREATE TABLE events (
                device_id  TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
                sequence   INTEGER NOT NULL,
                kind       TEXT NOT NULL,
                received   INTEGER NOT NULL,
                summary    TEXT,
                UNIQUE (device_id, sequence)
            );
            CREATE INDEX events_received ON events(received);
            CREATE TABLE results (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                device_id  TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
                sequence   INTEGER NOT NULL,
                label      TEXT NOT NULL,
                score      REAL,
                created    INTEGER NOT NULL
            );
            CREATE INDEX results_device ON results(device_id, created);
            """),
    ];

    /// <summary>Turns on WAL and applies every migration not yet recorded; returns how many ran.</summary>
    public static async Task<int> ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied INTEGER NOT NULL);",
            cancellationToken).ConfigureAwait(false);

        int applied = 0;
        foreach ((int version, string sql) in All)
        {
            using SqliteTransaction transaction = connection.BeginTransaction();
            using SqliteCommand check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = $v";
            check.Parameters.AddWithValue("$v", version);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            using SqliteCommand record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, applied) VALUES ($v, $t)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied++;
        }

        return applied;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
