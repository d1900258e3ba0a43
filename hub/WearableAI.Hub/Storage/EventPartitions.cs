using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;

namespace WearableAI.Hub.Storage;

/// <summary>
/// The day partitions of PostgreSQL's <c>events</c> table (<see cref="PostgresSchema"/>): <c>events_pYYYYMMDD</c> holds
/// the events received that UTC day. A partition is created the first time a worker stores an event of its day (under
/// <see cref="PostgresSchema.SchemaLock"/>, so workers racing on midnight do not collide); retention drops the days wholly
/// before its cutoff. Why not a DEFAULT partition: PostgreSQL refuses to create a day's partition once the default holds
/// rows of that day, and moving them out is the very bulk delete partitions are there to avoid.
/// </summary>
public sealed class EventPartitions
{
    private static readonly long DayMs = (long)TimeSpan.FromDays(1).TotalMilliseconds;
    private readonly ConcurrentDictionary<long, bool> _known = new();

    /// <summary>The partition name of the UTC day containing <paramref name="receivedMs"/>.</summary>
    public static string NameOf(long receivedMs) => "events_p" + DateTimeOffset.FromUnixTimeMilliseconds(DayStart(receivedMs)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Creates the partition of <paramref name="receivedMs"/>'s day unless this process knows it exists.</summary>
    public async Task EnsureAsync(DbConnection connection, long receivedMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        long day = DayStart(receivedMs);
        if (_known.ContainsKey(day))
        {
            return;
        }

        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (DbCommand locked = connection.Command("SELECT pg_advisory_xact_lock(@key)", transaction).Bind("@key", PostgresSchema.SchemaLock))
        {
            await locked.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        string sql = string.Create(CultureInfo.InvariantCulture, $"CREATE TABLE IF NOT EXISTS {NameOf(day)} PARTITION OF events FOR VALUES FROM ({day}) TO ({day + DayMs})");
        await using (DbCommand create = connection.Command(sql, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _known[day] = true;
    }

    /// <summary>
    /// Drops every partition whose whole day lies before <paramref name="cutoffMs"/>; returns how many events they held.
    /// The rest of the cutoff (inside the day it falls in) is the caller's row delete.
    /// </summary>
    public async Task<int> DropBeforeAsync(DbConnection connection, long cutoffMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var old = new List<string>();
        await using (DbCommand list = connection.Command("""
            SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
            WHERE p.relname = 'events' ORDER BY c.relname
            """))
        await using (DbDataReader reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                string name = reader.GetString(0);
                if (DateTime.TryParseExact(name["events_p".Length..], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime day)
                    && new DateTimeOffset(day, TimeSpan.Zero).ToUnixTimeMilliseconds() + DayMs <= cutoffMs)
                {
                    old.Add(name);
                }
            }
        }

        int deleted = 0;
        foreach (string name in old)
        {
            // Every worker runs retention: under the lock, a day another worker dropped a moment ago is skipped.
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (DbCommand locked = connection.Command("SELECT pg_advisory_xact_lock(@key)", transaction).Bind("@key", PostgresSchema.SchemaLock))
            {
                await locked.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (DbCommand exists = connection.Command("SELECT to_regclass(@name) IS NOT NULL", transaction).Bind("@name", name))
            {
                if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                {
                    continue;
                }
            }

            await using (DbCommand count = connection.Command($"SELECT COUNT(*) FROM {name}", transaction))
            {
                deleted += Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            await using (DbCommand drop = connection.Command($"DROP TABLE {name}", transaction))
            {
                await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (long day in _known.Keys.Where(d => d + DayMs <= cutoffMs))
        {
            _known.TryRemove(day, out _);
        }

        return deleted;
    }

    private static long DayStart(long ms) => ms - (((ms % DayMs) + DayMs) % DayMs);
}
