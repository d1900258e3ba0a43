using Orleans.Concurrency;

namespace WearableAI.Hub.Presence;

/// <summary>
/// A device's in-memory state, one grain per device (key: the device id), shared by every hub worker that receives its
/// frames: when it last sent one, and how its recent wake candidates were decided (a CommandFeatures frame waits for
/// its wake candidate's verdict, and may reach another worker than the candidate did).
/// </summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Records an accepted frame from the device, received at <paramref name="at"/>. One-way: the receive path never waits for it.</summary>
    [OneWay]
    Task SeenAsync(DateTimeOffset at);

    /// <summary>When its latest accepted frame arrived since the grain was activated; null when none did.</summary>
    Task<DateTimeOffset?> LastFrameAsync();

    /// <summary>Records how the wake candidate <paramref name="sequence"/> was decided.</summary>
    Task WakeDecidedAsync(uint sequence, bool accepted);

    /// <summary>True when the candidate was accepted; false when rejected, stood down, or not decided within <paramref name="wait"/>.</summary>
    [AlwaysInterleave]
    Task<bool> WakeAcceptedAsync(uint sequence, TimeSpan wait);
}
