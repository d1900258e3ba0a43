namespace WearableAI.Hub.Presence;

/// <summary>
/// A device's shared in-memory state (<see cref="IDeviceGrain"/>). Kept only as long as it helps: the last frame's
/// time, and the outcomes of the latest <see cref="KeptOutcomes"/> wake candidates. A worker that dies takes the
/// activation with it: the next frame starts a fresh one elsewhere (the heartbeat timeout then reads the stored
/// <c>last_seen</c>, and a command whose wake verdict was lost is answered "rejected", as on a hub restart).
/// </summary>
public sealed class DeviceGrain : Grain, IDeviceGrain
{
    /// <summary>Wake outcomes remembered per device: far more than a watch has in flight.</summary>
    public const int KeptOutcomes = 32;

    private readonly Dictionary<uint, TaskCompletionSource<bool>> _outcomes = [];
    private readonly Queue<uint> _oldest = new();
    private DateTimeOffset? _lastFrame;

    public Task SeenAsync(DateTimeOffset at)
    {
        if (_lastFrame is null || at > _lastFrame)
        {
            _lastFrame = at;
        }

        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> LastFrameAsync() => Task.FromResult(_lastFrame);

    public Task WakeDecidedAsync(uint sequence, bool accepted)
    {
        Outcome(sequence).TrySetResult(accepted);
        return Task.CompletedTask;
    }

    public async Task<bool> WakeAcceptedAsync(uint sequence, TimeSpan wait)
    {
        try
        {
            return await Outcome(sequence).Task.WaitAsync(wait).ConfigureAwait(true);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private TaskCompletionSource<bool> Outcome(uint sequence)
    {
        if (!_outcomes.TryGetValue(sequence, out TaskCompletionSource<bool>? outcome))
        {
            outcome = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _outcomes[sequence] = outcome;
            _oldest.Enqueue(sequence);
            while (_oldest.Count > KeptOutcomes)
            {
                _outcomes.Remove(_oldest.Dequeue());
            }
        }

        return outcome;
    }
}
