using System.Data.Common;
using WearableAI.Hub.Storage;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.ResultDelivery;

/// <summary>The <c>results</c> table: every result the hub published.</summary>
public sealed class ResultStore(HubDatabase database, TimeProvider clock)
{
    /// <summary>
    /// Stores a result once: a result answering the same frame (device, sequence, kind and the frame's CRC) again — two
    /// workers answering a candidate and its re-sent copy at the same moment — is not stored twice. A rebooted watch's
    /// reused sequence is another frame (another CRC) and is stored. <paramref name="answeredCrc"/> 0: no such key.
    /// </summary>
    /// <returns>True when stored now, false when this frame's result was stored before.</returns>
    public async Task<bool> TryAddAsync(HubResult result, uint answeredCrc, double latencyMs, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO results (device_id, sequence, label, score, created, kind, verdict, arbitration, winner_device, action_code, latency_ms, frame_crc)
            VALUES (@device, @sequence, @label, @score, @now, @kind, @verdict, @arbitration, @winner, @action, @latency, @crc)
            ON CONFLICT DO NOTHING
            """;
        command.Bind("@device", result.DeviceId);
        command.Bind("@sequence", (long)result.ReplyTo);
        command.Bind("@label", result.Label);
        command.Bind("@score", result.Confidence);
        command.Bind("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.Bind("@kind", result.Answered.ToString());
        command.Bind("@verdict", result.Verdict.ToString());
        command.Bind("@arbitration", result.Arbitration.ToString());
        command.Bind("@winner", result.Winner);
        command.Bind("@action", (int)result.ActionCode);
        command.Bind("@latency", latencyMs);
        command.Bind("@crc", (long)answeredCrc);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Newest first, optionally of one device.</summary>
    public async Task<IReadOnlyList<StoredResult>> ListAsync(string? deviceId, int limit, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, device_id, sequence, kind, verdict, arbitration, label, score, action_code, winner_device, latency_ms, created
            FROM results WHERE (@device IS NULL OR device_id = @device) ORDER BY id DESC LIMIT @limit
            """;
        command.Bind("@device", deviceId);
        command.Bind("@limit", limit);
        var list = new List<StoredResult>();
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new StoredResult(
                r.GetInt64(0), r.GetString(1), r.GetInt64(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
                r.GetString(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetInt32(8),
                r.IsDBNull(9) ? null : r.GetString(9), r.IsDBNull(10) ? null : r.GetDouble(10),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(11))));
        }

        return list;
    }

    /// <summary>The result stored for a device's frame of <paramref name="answered"/> kind (wake candidate or command), or null when none was published yet.</summary>
    public async Task<HubResult?> FindAsync(string deviceId, string groupId, uint sequence, FrameKind answered, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT verdict, arbitration, label, score, action_code, winner_device FROM results
            WHERE device_id = @device AND sequence = @sequence AND kind = @kind ORDER BY id DESC LIMIT 1
            """;
        command.Bind("@device", deviceId);
        command.Bind("@sequence", (long)sequence);
        command.Bind("@kind", answered.ToString());
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new HubResult(deviceId, groupId, sequence, answered, Enum.Parse<Verdict>(r.GetString(0)), Enum.Parse<ArbitrationOutcome>(r.GetString(1)),
            r.GetString(2), r.IsDBNull(3) ? 0 : r.GetDouble(3), r.IsDBNull(4) ? (ushort)0 : (ushort)r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5));
    }
}
