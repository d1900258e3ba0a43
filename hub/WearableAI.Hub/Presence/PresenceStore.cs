using System.Data.Common;
using System.Globalization;
using WearableAI.Hub.Broker;
using WearableAI.Hub.Storage;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Presence;

/// <summary>
/// The one writer of device presence in the registry (<c>devices</c> table: online, offline reason, last seen,
/// battery, memory, model version): from the embedded broker's connects and disconnects, Hello, Status and
/// Heartbeat frames, and the heartbeat timeout.
/// </summary>
public sealed class PresenceStore(HubDatabase database, TimeProvider clock) : IDeviceConnections
{
    /// <summary>The device connected: online.</summary>
    public Task ConnectedAsync(string deviceId, CancellationToken cancellationToken) =>
        UpdateAsync(deviceId, "online = 1, offline_reason = NULL", cancellationToken);

    /// <summary>The device disconnected: offline, reason "disconnected".</summary>
    public Task DisconnectedAsync(string deviceId, CancellationToken cancellationToken) =>
        UpdateAsync(deviceId, "online = 0, offline_reason = 'disconnected'", cancellationToken);

    /// <summary>The device's group, or null when the device is unknown (deleted).</summary>
    public async Task<string?> FindGroupAsync(string deviceId, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT group_id FROM devices WHERE id = @id";
        command.Bind("@id", deviceId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Online devices of a group.</summary>
    public async Task<IReadOnlyList<string>> OnlineInGroupAsync(string groupId, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM devices WHERE group_id = @group AND online = 1 ORDER BY id";
        command.Bind("@group", groupId);
        var ids = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public Task HelloAsync(string deviceId, HelloFrame hello, CancellationToken cancellationToken) => UpdateAsync(
        deviceId,
        "online = 1, offline_reason = NULL, board = @board, firmware = @firmware, capabilities = @caps, battery = @battery, free_memory = @memory, model_version = @model",
        cancellationToken,
        ("@board", hello.BoardName),
        ("@firmware", hello.FirmwareVersion),
        ("@caps", (int)hello.Capabilities),
        ("@battery", Battery(hello.BatteryPercent)),
        ("@memory", (long)hello.FreeMemoryBytes),
        ("@model", hello.ModelVersion.ToString(CultureInfo.InvariantCulture)));

    public Task StatusAsync(string deviceId, StatusFrame status, CancellationToken cancellationToken) => UpdateAsync(
        deviceId,
        "online = @online, offline_reason = CASE WHEN @online = 1 THEN NULL ELSE 'last will' END, battery = @battery, free_memory = @memory, model_version = @model, pipeline_state = @state, dropped_events = @dropped",
        cancellationToken,
        ("@online", status.Online ? 1 : 0),
        ("@battery", Battery(status.BatteryPercent)),
        ("@memory", (long)status.FreeMemoryBytes),
        ("@model", status.ModelVersion.ToString(CultureInfo.InvariantCulture)),
        ("@state", status.PipelineState.ToString()),
        ("@dropped", (long)status.DroppedEvents));

    public Task HeartbeatAsync(string deviceId, HeartbeatFrame heartbeat, CancellationToken cancellationToken) => UpdateAsync(
        deviceId,
        "battery = @battery, free_memory = @memory, dropped_events = @dropped, offline_queue_depth = @depth",
        cancellationToken,
        ("@battery", Battery(heartbeat.BatteryPercent)),
        ("@memory", (long)heartbeat.FreeMemoryBytes),
        ("@dropped", (long)heartbeat.DroppedEvents),
        ("@depth", (int)heartbeat.OfflineQueueDepth));

    /// <summary>Online devices whose <c>last_seen</c> is before <paramref name="cutoff"/> (or was never stamped).</summary>
    public async Task<IReadOnlyList<SilentDevice>> OnlineSilentSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT id, group_id, COALESCE(last_seen, created) FROM devices WHERE online = 1 AND COALESCE(last_seen, created) < @cutoff ORDER BY id";
        command.Bind("@cutoff", cutoff.ToUnixTimeMilliseconds());
        var silent = new List<SilentDevice>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            silent.Add(new SilentDevice(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        }

        return silent;
    }

    /// <summary>
    /// Marks an online device offline with a reason, unless it was stamped since <paramref name="lastSeen"/>
    /// (a frame raced the check) or is offline already; <c>last_seen</c> keeps the time of its last frame.
    /// </summary>
    /// <returns>True when this call marked it offline.</returns>
    public async Task<bool> MarkOfflineAsync(string deviceId, DateTimeOffset lastSeen, string reason, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "UPDATE devices SET online = 0, offline_reason = @reason WHERE id = @id AND online = 1 AND COALESCE(last_seen, created) = @seen";
        command.Bind("@id", deviceId);
        command.Bind("@reason", reason);
        command.Bind("@seen", lastSeen.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static object Battery(byte percent) => percent == ProtocolLimits.BatteryUnknown ? DBNull.Value : percent;

    private async Task UpdateAsync(string deviceId, string set, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using DbCommand command = connection.CreateCommand();
        command.CommandText = $"UPDATE devices SET {set}, last_seen = @now WHERE id = @id";
        command.Bind("@id", deviceId);
        command.Bind("@now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        foreach ((string name, object value) in values)
        {
            command.Bind(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
