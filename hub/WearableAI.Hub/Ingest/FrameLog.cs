using Microsoft.Data.Sqlite;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Ingest;

/// <summary>
/// The one owner of the <c>events</c> table (storing, listing, retention): each frame stored once per (device, sequence, frame CRC).
/// A QoS 1 redelivery is the same bytes, so it is refused; a rebooted device that restarts at
/// sequence 1 sends different bytes (another timestamp), so it is not.
/// </summary>
public sealed class FrameLog(HubDatabase database, TimeProvider clock)
{
    /// <summary>Stores a frame; false when the very same frame was stored before (a redelivery).</summary>
    public async Task<bool> TryAddAsync(string deviceId, uint sequence, uint frameCrc, string kind, string? summary, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO events (device_id, sequence, frame_crc, kind, received, summary) VALUES ($device, $sequence, $crc, $kind, $now, $summary)
            ON CONFLICT DO NOTHING
            """;
        command.Parameters.AddWithValue("$device", deviceId);
        command.Parameters.AddWithValue("$sequence", (long)sequence);
        command.Parameters.AddWithValue("$crc", (long)frameCrc);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$summary", (object?)summary ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Newest first, optionally of one device and/or kind.</summary>
    public async Task<IReadOnlyList<StoredEvent>> ListAsync(string? deviceId, string? kind, int limit, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT device_id, sequence, kind, received, summary FROM events
            WHERE ($device IS NULL OR device_id = $device) AND ($kind IS NULL OR kind = $kind COLLATE NOCASE)
            ORDER BY received DESC, rowid DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$device", (object?)deviceId ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var list = new List<StoredEvent>();
        await using SqliteDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new StoredEvent(r.GetString(0), r.GetInt64(1), r.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)), r.IsDBNull(4) ? null : r.GetString(4)));
        }

        return list;
    }

    /// <summary>Deletes events received before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "DELETE FROM events WHERE received < $cutoff";
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
