using System.Collections.Concurrent;

namespace WearableAI.Hub.Arbitration;

/// <summary>
/// Whether a device's wake candidate was accepted, by (device, sequence): a CommandFeatures frame names
/// its wake candidate and may arrive before the arbitration window closed, so it waits here.
/// In memory; keeps the most recent outcomes only.
/// </summary>
public sealed class WakeOutcomes
{
    private const int Kept = 10_000;
    private readonly ConcurrentDictionary<(string, uint), TaskCompletionSource<bool>> _outcomes = new();

    public void Complete(string deviceId, uint sequence, bool accepted)
    {
        if (_outcomes.Count > Kept)
        {
            _outcomes.Clear();
        }

        Get(deviceId, sequence).TrySetResult(accepted);
    }

    /// <summary>True when the candidate was accepted; false when rejected, unknown, or not decided within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitAsync(string deviceId, uint sequence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await Get(deviceId, sequence).Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private TaskCompletionSource<bool> Get(string deviceId, uint sequence) =>
        _outcomes.GetOrAdd((deviceId, sequence), _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
}
