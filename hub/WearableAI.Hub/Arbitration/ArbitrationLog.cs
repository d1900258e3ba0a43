using System.Text.Json;
using System.Data.Common;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Arbitration;

/// <summary>The <c>arbitrations</c> table: each multi-device decision with all its candidates (as JSON).</summary>
public sealed class ArbitrationLog(HubDatabase database, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AddAsync(string groupId, int windowMs, ArbitrationCandidate winner, string reason, IReadOnlyList<ArbitrationCandidate> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(winner);
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO arbitrations (group_id, decided, window_ms, winner_device, winner_sequence, reason, candidates)
            VALUES (@group, @now, @window, @winner, @sequence, @reason, @candidates)
            """;
        command.Bind("@group", groupId);
        command.Bind("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.Bind("@window", windowMs);
        command.Bind("@winner", winner.DeviceId);
        command.Bind("@sequence", (long)winner.Sequence);
        command.Bind("@reason", reason);
        command.Bind("@candidates", JsonSerializer.Serialize(candidates, Json));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Newest first, optionally of one group.</summary>
    public async Task<IReadOnlyList<ArbitrationRecord>> ListAsync(string? groupId, int limit, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, group_id, decided, window_ms, winner_device, winner_sequence, reason, candidates FROM arbitrations
            WHERE (@group IS NULL OR group_id = @group) ORDER BY id DESC LIMIT @limit
            """;
        command.Bind("@group", groupId);
        command.Bind("@limit", limit);
        var list = new List<ArbitrationRecord>();
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ArbitrationRecord(
                r.GetInt64(0), r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.GetInt32(3), r.GetString(4), r.GetInt64(5), r.GetString(6),
                JsonSerializer.Deserialize<List<ArbitrationCandidate>>(r.GetString(7), Json) ?? []));
        }

        return list;
    }
}
