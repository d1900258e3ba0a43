namespace WearableAI.Hub.Devices;

/// <summary>
/// Tells listeners that a device was provisioned, renamed or moved, or deleted (by <see cref="DeviceProvisioner"/>,
/// after the store has it). Carries only the id: a listener reads the device from the store, which stays the one
/// source of truth. Handlers run on the caller's thread and must not block (queue the work).
/// </summary>
public sealed class DeviceChanges
{
    /// <summary>Raised with the id of the device that was added, changed or deleted.</summary>
    public event Action<string>? Changed;

    /// <summary>Tells every listener that <paramref name="deviceId"/> changed.</summary>
    public void Publish(string deviceId) => Changed?.Invoke(deviceId);
}
