namespace WearableAI.Hub.Arbitration;

/// <summary>
/// The candidates of one group for one utterance. <see cref="Full"/> completes when every online
/// device of the group has sent one (no need to wait out the window).
/// </summary>
public sealed class ArbitrationRound(string groupId, int expected)
{
    private readonly List<PendingCandidate> _candidates = [];
    private readonly TaskCompletionSource _full = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string GroupId { get; } = groupId;

    public Task Full => _full.Task;

    public bool Closed { get; private set; }

    /// <summary>Adds a candidate; false when the round is already closed.</summary>
    public bool TryAdd(PendingCandidate candidate)
    {
        lock (_candidates)
        {
            if (Closed)
            {
                return false;
            }

            _candidates.Add(candidate);
            if (_candidates.Count >= expected)
            {
                _full.TrySetResult();
            }

            return true;
        }
    }

    /// <summary>Closes the round and returns its candidates in arrival order.</summary>
    public IReadOnlyList<PendingCandidate> Close()
    {
        lock (_candidates)
        {
            Closed = true;
            return [.. _candidates];
        }
    }
}
