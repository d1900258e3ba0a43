namespace WearableAI.Hub.Broker;

/// <summary>
/// What the embedded broker tells the rooms above it about device connections (a takeover by the same
/// device reconnecting is not a disconnect). The broker only reports; presence decides what it means.
/// </summary>
public interface IDeviceConnections
{
    /// <summary>A device's MQTT connection was accepted.</summary>
    Task ConnectedAsync(string deviceId, CancellationToken cancellationToken);

    /// <summary>A device's MQTT connection closed.</summary>
    Task DisconnectedAsync(string deviceId, CancellationToken cancellationToken);
}
