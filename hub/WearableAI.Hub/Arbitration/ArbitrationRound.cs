namespace WearableAI.Hub.Arbitration;

/// <summary>
/// The open round of a group inside its <see cref="ArbitrationGroupGrain"/>. A candidate counts in it from its
/// <em>arrival</em> (the worker that received it says so at once) and is weighed once its <em>measurement</em>
/// comes (the worker's hub model, threshold and voice level, which take that worker its own time): the window is the
/// hub's, not the slowest worker's. <see cref="Full"/> completes when every online device of the group arrived;
/// <see cref="Decided"/> when the grain decided.
/// </summary>
public sealed class ArbitrationRound(int expected)
{
    private readonly HashSet<(string, uint)> _arrived = [];
    private readonly List<RoundEntry> _entries = [];
    private readonly TaskCompletionSource _full = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<RoundVerdict> _decided = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _measured = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many candidates the round waits for at most.</summary>
    public int Expected { get; } = expected;

    public Task Full => _full.Task;

    public Task<RoundVerdict> Decided => _decided.Task;

    /// <summary>True once the window ended: no more arrivals.</summary>
    public bool Closed { get; private set; }

    /// <summary>Every candidate that arrived has its measurement.</summary>
    public bool AllMeasured => _entries.Count >= _arrived.Count;

    /// <summary>Completes at the next measurement (or at once when all are in).</summary>
    public Task NextMeasurement => AllMeasured ? Task.CompletedTask : _measured.Task;

    /// <summary>The candidates that arrived.</summary>
    public IReadOnlyCollection<(string, uint)> Arrived => _arrived;

    /// <summary>The measured candidates in arrival order (<see cref="RoundEntry.ReceivedAt"/>; equal times in the order they came).</summary>
    public IReadOnlyList<RoundEntry> Entries => [.. _entries.OrderBy(e => e.ReceivedAt)];

    public bool HasArrived((string, uint) key) => _arrived.Contains(key);

    /// <summary>Whether a candidate of <paramref name="deviceId"/> arrived in this round.</summary>
    public bool HasDevice(string deviceId) => _arrived.Any(k => k.Item1 == deviceId);

    /// <summary>Candidates that came after the window closed, of this round's phrase: they stand down with its verdict.</summary>
    public List<(string, uint)> Late { get; } = [];

    /// <summary>When the phrase was spoken: the earliest time a watch made one of its candidates (Unix ms, the watches' clocks; 0 = none had a clock).</summary>
    public long PhraseAtMs { get; private set; }

    /// <summary>Counts a candidate in.</summary>
    /// <param name="key">Device and sequence.</param>
    /// <param name="madeAtMs">The candidate frame's timestamp (0 = the watch had no clock).</param>
    public void Arrive((string, uint) key, long madeAtMs)
    {
        if (madeAtMs > 0 && (PhraseAtMs == 0 || madeAtMs < PhraseAtMs))
        {
            PhraseAtMs = madeAtMs;
        }

        _arrived.Add(key);
        if (_arrived.Count >= Expected)
        {
            _full.TrySetResult();
        }
    }

    /// <summary>Adds an arrived candidate's measurement.</summary>
    public void Measure(RoundEntry entry)
    {
        _entries.Add(entry);
        TaskCompletionSource waiting = _measured;
        _measured = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting.TrySetResult();
    }

    /// <summary>Ends the window: later candidates are not counted in.</summary>
    public void Close() => Closed = true;

    public void Complete(RoundVerdict verdict) => _decided.TrySetResult(verdict);

    public void Fail(Exception exception) => _decided.TrySetException(exception);
}
