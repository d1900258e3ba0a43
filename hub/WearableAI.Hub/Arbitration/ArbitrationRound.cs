namespace WearableAI.Hub.Arbitration;

/// <summary>
/// The open round of a group inside its <see cref="ArbitrationGroupGrain"/>: the candidates of one utterance.
/// <see cref="Full"/> completes when every online device of the group sent
/// one (no need to wait out the window); <see cref="Decided"/> when the grain decided it.
/// </summary>
public sealed class ArbitrationRound(int expected)
{
    private readonly List<RoundEntry> _entries = [];
    private readonly TaskCompletionSource _full = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<RoundVerdict> _decided = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many candidates the round waits for at most.</summary>
    public int Expected { get; } = expected;

    public Task Full => _full.Task;

    public Task<RoundVerdict> Decided => _decided.Task;

    /// <summary>The candidates in arrival order (<see cref="RoundEntry.ReceivedAt"/>; equal times in the order they joined).</summary>
    public IReadOnlyList<RoundEntry> Entries => [.. _entries.OrderBy(e => e.ReceivedAt)];

    /// <summary>Adds a candidate.</summary>
    public void Add(RoundEntry entry)
    {
        _entries.Add(entry);
        if (_entries.Count >= Expected)
        {
            _full.TrySetResult();
        }
    }

    public void Complete(RoundVerdict verdict) => _decided.TrySetResult(verdict);

    public void Fail(Exception exception) => _decided.TrySetException(exception);
}
