namespace WearableAI.Hub.Arbitration;

/// <summary><see cref="IArbitrationStore"/> in this process's memory. Thread-safe.</summary>
public sealed class InMemoryArbitrationStore : IArbitrationStore
{
    private readonly Dictionary<string, ArbitrationRound> _open = [];
    private readonly Lock _gate = new();

    public ArbitrationRound Join(string groupId, PendingCandidate candidate, int expected, out bool opened)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(groupId, out ArbitrationRound? round) && round.TryAdd(candidate))
            {
                opened = false;
                return round;
            }

            round = new ArbitrationRound(groupId, expected);
            round.TryAdd(candidate);
            _open[groupId] = round;
            opened = true;
            return round;
        }
    }

    public IReadOnlyList<PendingCandidate> Close(ArbitrationRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        lock (_gate)
        {
            if (_open.TryGetValue(round.GroupId, out ArbitrationRound? current) && ReferenceEquals(current, round))
            {
                _open.Remove(round.GroupId);
            }

            return round.Close();
        }
    }
}
