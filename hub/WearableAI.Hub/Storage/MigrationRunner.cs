using System.Data.Common;
using System.Globalization;

namespace WearableAI.Hub.Storage;

/// <summary>
/// Applies numbered migrations: each runs once, in order, in its own transaction, and is recorded in
/// <c>schema_migrations</c>. The SQL of this runner is the same on both engines.
/// </summary>
public static class MigrationRunner
{
    /// <summary>Applies every migration of <paramref name="migrations"/> not yet recorded; returns how many ran.</summary>
    public static async Task<int> ApplyAsync(DbConnection connection, IReadOnlyList<(int Version, string Sql)> migrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        await using (DbCommand table = connection.Command("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied BIGINT NOT NULL);"))
        {
            await table.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int applied = 0;
        foreach ((int version, string sql) in migrations)
        {
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (DbCommand check = connection.Command("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", transaction).Bind("@v", version))
            {
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
                {
                    continue;
                }
            }

            await using (DbCommand migrate = connection.Command(sql, transaction))
            {
                await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (DbCommand record = connection.Command("INSERT INTO schema_migrations (version, applied) VALUES (@v, @t)", transaction)
                .Bind("@v", version).Bind("@t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()))
            {
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied++;
        }

        return applied;
    }
}
