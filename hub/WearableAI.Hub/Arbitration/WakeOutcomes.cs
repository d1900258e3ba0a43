using WearableAI.Hub.Cluster;
using WearableAI.Hub.Presence;

namespace WearableAI.Hub.Arbitration;

/// <summary>
/// Whether a device's wake candidate was accepted, by (device, sequence), kept in the device's <see cref="IDeviceGrain"/>:
/// a CommandFeatures frame names its wake candidate and may arrive before the arbitration window closed, or at another
/// hub worker than the candidate, so it waits there.
/// </summary>
public sealed class WakeOutcomes(IGrainFactory grains, GrainCalls calls)
{
    public Task CompleteAsync(string deviceId, uint sequence, bool accepted, CancellationToken cancellationToken) =>
        calls.RunAsync("wake outcome of device " + deviceId, async () =>
        {
            await grains.GetGrain<IDeviceGrain>(deviceId).WakeDecidedAsync(sequence, accepted).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>True when the candidate was accepted; false when rejected, unknown, or not decided within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitAsync(string deviceId, uint sequence, TimeSpan timeout, CancellationToken cancellationToken) =>
        calls.RunAsync("wake outcome of device " + deviceId, () => grains.GetGrain<IDeviceGrain>(deviceId).WakeAcceptedAsync(sequence, timeout), cancellationToken);
}
