using System.Data.Common;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Ingest;

/// <summary>
/// The one owner of the <c>events</c> table (storing, listing, retention): each frame stored once per (device, sequence, frame CRC),
/// and for a receipted event whether the hub has handled it yet.
/// A QoS 1 redelivery is the same bytes, so it is refused; a rebooted device that restarts at
/// sequence 1 sends different bytes (another timestamp), so it is not. On PostgreSQL the key is kept in
/// <c>event_keys</c> and the events in day partitions (<see cref="PostgresSchema"/>, <see cref="EventPartitions"/>).
/// </summary>
public sealed class FrameLog(HubDatabase database, TimeProvider clock)
{
    private const string SqliteInsert = """
        INSERT INTO events (device_id, sequence, frame_crc, kind, received, summary, handled) VALUES (@device, @sequence, @crc, @kind, @now, @summary, @handled)
        ON CONFLICT DO NOTHING
        """;

    private const string PostgresInsert = """
        WITH fresh AS (
            INSERT INTO event_keys (device_id, sequence, frame_crc, received, handled) VALUES (@device, @sequence, @crc, @now, @handled)
            ON CONFLICT DO NOTHING RETURNING device_id)
        INSERT INTO events (device_id, sequence, frame_crc, kind, received, summary)
        SELECT @device, @sequence, @crc, @kind, @now, @summary FROM fresh
        """;

    private readonly EventPartitions _partitions = new();

    private bool IsPostgres => database.Engine == StorageEngine.PostgreSql;

    /// <summary>
    /// Stores a frame; false when the very same frame was stored before (a redelivery, a re-sent copy). <paramref name="handled"/>
    /// is false for a frame the hub still has to act on and then mark (<see cref="MarkHandledAsync"/>).
    /// </summary>
    public async Task<bool> TryAddAsync(string deviceId, uint sequence, uint frameCrc, string kind, string? summary, CancellationToken cancellationToken, bool handled = true)
    {
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (IsPostgres)
        {
            await _partitions.EnsureAsync(connection, now, cancellationToken).ConfigureAwait(false);
        }

        await using DbCommand command = connection.Command(IsPostgres ? PostgresInsert : SqliteInsert)
            .Bind("@device", deviceId).Bind("@sequence", sequence).Bind("@crc", frameCrc).Bind("@kind", kind).Bind("@now", now).Bind("@summary", summary)
            .Bind("@handled", IsPostgres ? handled : (object)(handled ? 1 : 0));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Marks a stored frame handled (<see cref="TryAddAsync"/> with <c>handled</c> false until then).</summary>
    public async Task MarkHandledAsync(string deviceId, uint sequence, uint frameCrc, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.Command(IsPostgres
                ? "UPDATE event_keys SET handled = true WHERE device_id = @device AND sequence = @sequence AND frame_crc = @crc"
                : "UPDATE events SET handled = 1 WHERE device_id = @device AND sequence = @sequence AND frame_crc = @crc")
            .Bind("@device", deviceId).Bind("@sequence", sequence).Bind("@crc", frameCrc);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a stored frame was handled; false also when it is not stored (any more).</summary>
    public async Task<bool> IsHandledAsync(string deviceId, uint sequence, uint frameCrc, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.Command(IsPostgres
                ? "SELECT 1 FROM event_keys WHERE device_id = @device AND sequence = @sequence AND frame_crc = @crc AND handled"
                : "SELECT 1 FROM events WHERE device_id = @device AND sequence = @sequence AND frame_crc = @crc AND handled = 1")
            .Bind("@device", deviceId).Bind("@sequence", sequence).Bind("@crc", frameCrc);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Newest first, optionally of one device and/or kind (any letter case).</summary>
    public async Task<IReadOnlyList<StoredEvent>> ListAsync(string? deviceId, string? kind, int limit, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.Command($"""
            SELECT device_id, sequence, kind, received, summary FROM events
            WHERE (@device IS NULL OR device_id = @device) AND (@kind IS NULL OR lower(kind) = lower(@kind))
            ORDER BY received DESC, {(IsPostgres ? "id" : "rowid")} DESC LIMIT @limit
            """).Bind("@device", deviceId).Bind("@kind", kind).Bind("@limit", limit);
        var list = new List<StoredEvent>();
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new StoredEvent(r.GetString(0), r.GetInt64(1), r.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)), r.IsDBNull(4) ? null : r.GetString(4)));
        }

        return list;
    }

    /// <summary>Deletes events received before <paramref name="cutoff"/> (on PostgreSQL whole days by dropping their partitions); returns how many.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        long cutoffMs = cutoff.ToUnixTimeMilliseconds();
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        int deleted = IsPostgres ? await _partitions.DropBeforeAsync(connection, cutoffMs, cancellationToken).ConfigureAwait(false) : 0;
        await using (DbCommand command = connection.Command("DELETE FROM events WHERE received < @cutoff").Bind("@cutoff", cutoffMs))
        {
            deleted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (IsPostgres)
        {
            await using DbCommand keys = connection.Command("DELETE FROM event_keys WHERE received < @cutoff").Bind("@cutoff", cutoffMs);
            await keys.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }
}
