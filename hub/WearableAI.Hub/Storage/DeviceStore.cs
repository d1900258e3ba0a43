using System.Data.Common;

namespace WearableAI.Hub.Storage;

/// <summary>The devices and groups tables. Plain SQL, one method per question the hub asks.</summary>
public sealed class DeviceStore(HubDatabase database, TimeProvider clock)
{
    private const string Columns = "id, name, group_id, created, last_seen, board, model_version, online, battery, capabilities, free_memory, firmware, pipeline_state, dropped_events, offline_queue_depth, offline_reason";

    /// <summary>Stores a newly provisioned device, creating its group when needed. False when the id is taken.</summary>
    public async Task<bool> AddAsync(string id, string name, string group, byte[] secretHash, byte[] secretSalt, string brokerPasswordHash, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await EnsureGroupAsync(connection, transaction, group, now, cancellationToken).ConfigureAwait(false);
        using DbCommand insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO devices (id, name, group_id, secret_hash, secret_salt, broker_password_hash, created)
            VALUES (@id, @name, @group, @hash, @salt, @broker, @now) ON CONFLICT(id) DO NOTHING
            """;
        insert.Bind("@id", id);
        insert.Bind("@name", name);
        insert.Bind("@group", group);
        insert.Bind("@hash", secretHash);
        insert.Bind("@salt", secretSalt);
        insert.Bind("@broker", brokerPasswordHash);
        insert.Bind("@now", now);
        int rows = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    /// <summary>Every device, ordered by id.</summary>
    public async Task<IReadOnlyList<DeviceRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM devices ORDER BY id";
        var devices = new List<DeviceRecord>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            devices.Add(ReadDevice(reader));
        }

        return devices;
    }

    /// <summary>One device, or null.</summary>
    public async Task<DeviceRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM devices WHERE id = @id";
        command.Bind("@id", id);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadDevice(reader) : null;
    }

    /// <summary>The stored credential of a device, or null when the id is unknown.</summary>
    public async Task<DeviceCredential?> FindCredentialAsync(string id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT id, group_id, secret_hash, secret_salt, broker_password_hash FROM devices WHERE id = @id";
        command.Bind("@id", id);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new DeviceCredential(reader.GetString(0), reader.GetString(1), (byte[])reader[2], (byte[])reader[3], reader.GetString(4));
    }

    /// <summary>Every device's broker password line material (id, group, mosquitto hash), for generated broker files.</summary>
    public async Task<IReadOnlyList<DeviceCredential>> ListCredentialsAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT id, group_id, secret_hash, secret_salt, broker_password_hash FROM devices ORDER BY id";
        var credentials = new List<DeviceCredential>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            credentials.Add(new DeviceCredential(reader.GetString(0), reader.GetString(1), (byte[])reader[2], (byte[])reader[3], reader.GetString(4)));
        }

        return credentials;
    }

    /// <summary>Renames and/or moves a device to another group (created when needed). False when the device is unknown.</summary>
    public async Task<bool> UpdateAsync(string id, string? name, string? group, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = connection.BeginTransaction();
        if (group is not null)
        {
            await EnsureGroupAsync(connection, transaction, group, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken).ConfigureAwait(false);
        }

        using DbCommand update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE devices SET name = COALESCE(@name, name), group_id = COALESCE(@group, group_id) WHERE id = @id";
        update.Bind("@id", id);
        update.Bind("@name", name);
        update.Bind("@group", group);
        int rows = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    /// <summary>Deletes a device with its events and results. False when unknown.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "DELETE FROM devices WHERE id = @id";
        command.Bind("@id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task EnsureGroupAsync(DbConnection connection, DbTransaction transaction, string group, long now, CancellationToken cancellationToken)
    {
        using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO groups (id, created) VALUES (@id, @now) ON CONFLICT(id) DO NOTHING";
        command.Bind("@id", group);
        command.Bind("@now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DeviceRecord ReadDevice(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.GetInt64(7) != 0,
        reader.IsDBNull(8) ? null : reader.GetInt32(8),
        reader.IsDBNull(9) ? null : reader.GetInt32(9),
        reader.IsDBNull(10) ? null : reader.GetInt64(10),
        reader.IsDBNull(11) ? null : reader.GetString(11),
        reader.IsDBNull(12) ? null : reader.GetString(12),
        reader.IsDBNull(13) ? null : reader.GetInt64(13),
        reader.IsDBNull(14) ? null : reader.GetInt32(14),
        reader.IsDBNull(15) ? null : reader.GetString(15));
}
