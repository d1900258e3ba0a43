using Microsoft.Data.Sqlite;

namespace WearableAI.Hub.Storage;

/// <summary>The events and results history. Events are de-duplicated by (device, sequence).</summary>
public sealed class EventStore(HubDatabase database, TimeProvider clock)
{
    /// <summary>
    /// Stores an event once: false when the same device already sent this sequence number
    /// (a QoS 1 redelivery), so the caller can skip it.
    /// </summary>
    public async Task<bool> TryAddEventAsync(string deviceId, long sequence, string kind, string? summary, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO events (device_id, sequence, kind, received, summary) VALUES ($device, $sequence, $kind, $now, $summary)
            ON CONFLICT(device_id, sequence) DO NOTHING
            """;
        command.Parameters.AddWithValue("$device", deviceId);
        command.Parameters.AddWithValue("$sequence", sequence);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$summary", (object?)summary ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Stores a recognition result answered to a device's event.</summary>
    public async Task AddResultAsync(string deviceId, long sequence, string label, double? score, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "INSERT INTO results (device_id, sequence, label, score, created) VALUES ($device, $sequence, $label, $score, $now)";
        command.Parameters.AddWithValue("$device", deviceId);
        command.Parameters.AddWithValue("$sequence", sequence);
        command.Parameters.AddWithValue("$label", label);
        command.Parameters.AddWithValue("$score", (object?)score ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Number of stored events of a device.</summary>
    public async Task<long> CountEventsAsync(string deviceId, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM events WHERE device_id = $device";
        command.Parameters.AddWithValue("$device", deviceId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Deletes events received before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> DeleteEventsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "DELETE FROM events WHERE received < $cutoff";
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
