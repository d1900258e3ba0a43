using System.Data.Common;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Rollout;

/// <summary>The <c>rollouts</c> and <c>rollout_devices</c> tables.</summary>
public sealed class RolloutStore(HubDatabase database, TimeProvider clock)
{
    private const string DeviceColumns = "d.rollout_id, d.device_id, r.model_version, d.state, d.next_offset, r.blob_size, d.updated, d.detail";

    public async Task<long> CreateAsync(string group, uint version, int size, uint crc, string? canary, IReadOnlyList<(string DeviceId, string State)> devices, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        using DbCommand insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO rollouts (group_id, model_version, blob_size, blob_crc, canary_device, state, created)
            VALUES (@group, @version, @size, @crc, @canary, 'active', @now) RETURNING id
            """;
        insert.Bind("@group", group);
        insert.Bind("@version", (long)version);
        insert.Bind("@size", size);
        insert.Bind("@crc", (long)crc);
        insert.Bind("@canary", canary);
        insert.Bind("@now", now);
        long id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        foreach ((string deviceId, string state) in devices)
        {
            using DbCommand device = connection.CreateCommand();
            device.Transaction = transaction;
            device.CommandText = "INSERT INTO rollout_devices (rollout_id, device_id, state, next_offset, updated) VALUES (@id, @device, @state, 0, @now)";
            device.Bind("@id", id);
            device.Bind("@device", deviceId);
            device.Bind("@state", state);
            device.Bind("@now", now);
            await device.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>The device's entries in active rollouts, newest first.</summary>
    public Task<IReadOnlyList<DeviceRolloutRecord>> ActiveForDeviceAsync(string deviceId, CancellationToken cancellationToken) =>
        QueryDevicesAsync("d.device_id = @p AND r.state = 'active'", deviceId, cancellationToken);

    /// <summary>All entries of one device, newest first.</summary>
    public Task<IReadOnlyList<DeviceRolloutRecord>> ForDeviceAsync(string deviceId, CancellationToken cancellationToken) =>
        QueryDevicesAsync("d.device_id = @p", deviceId, cancellationToken);

    public Task<IReadOnlyList<DeviceRolloutRecord>> DevicesOfAsync(long rolloutId, CancellationToken cancellationToken) =>
        QueryDevicesAsync("d.rollout_id = @p", rolloutId, cancellationToken);

    public async Task<(string? Canary, uint Crc)> InfoAsync(long rolloutId, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT canary_device, blob_crc FROM rollouts WHERE id = @id";
        command.Bind("@id", rolloutId);
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? (r.IsDBNull(0) ? null : r.GetString(0), (uint)r.GetInt64(1)) : (null, 0);
    }

    public async Task UpdateDeviceAsync(long rolloutId, string deviceId, string state, int nextOffset, string? detail, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "UPDATE rollout_devices SET state = @state, next_offset = @offset, detail = @detail, updated = @now WHERE rollout_id = @id AND device_id = @device";
        command.Bind("@id", rolloutId);
        command.Bind("@device", deviceId);
        command.Bind("@state", state);
        command.Bind("@offset", nextOffset);
        command.Bind("@detail", detail);
        command.Bind("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SetStateAsync(long rolloutId, string state, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "UPDATE rollouts SET state = @state WHERE id = @id";
        command.Bind("@id", rolloutId);
        command.Bind("@state", state);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RolloutRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var rollouts = new List<RolloutRecord>();
        await using (DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            using DbCommand command = connection.CreateCommand();
            command.CommandText = "SELECT id, group_id, model_version, blob_size, canary_device, state, created FROM rollouts ORDER BY id DESC LIMIT 50";
            await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rollouts.Add(new RolloutRecord(r.GetInt64(0), r.GetString(1), (uint)r.GetInt64(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)), []));
            }
        }

        for (int i = 0; i < rollouts.Count; i++)
        {
            rollouts[i] = rollouts[i] with { Devices = await DevicesOfAsync(rollouts[i].Id, cancellationToken).ConfigureAwait(false) };
        }

        return rollouts;
    }

    private async Task<IReadOnlyList<DeviceRolloutRecord>> QueryDevicesAsync(string where, object parameter, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT {DeviceColumns} FROM rollout_devices d JOIN rollouts r ON r.id = d.rollout_id WHERE {where} ORDER BY d.rollout_id DESC, d.device_id";
        command.Bind("@p", parameter);
        var list = new List<DeviceRolloutRecord>();
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new DeviceRolloutRecord(r.GetInt64(0), r.GetString(1), (uint)r.GetInt64(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)), r.IsDBNull(7) ? null : r.GetString(7)));
        }

        return list;
    }
}
