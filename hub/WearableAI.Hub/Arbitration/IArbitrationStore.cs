namespace WearableAI.Hub.Arbitration;

/// <summary>
/// Where open arbitration rounds live. In memory for the single hub process; the seam for scale-out
/// (several hub workers would share rounds through a store both can reach).
/// </summary>
public interface IArbitrationStore
{
    /// <summary>Adds the candidate to the group's open round, or opens one (<paramref name="opened"/> true: the caller runs it).</summary>
    ArbitrationRound Join(string groupId, PendingCandidate candidate, int expected, out bool opened);

    /// <summary>Closes the round (no more joins) and returns its candidates.</summary>
    IReadOnlyList<PendingCandidate> Close(ArbitrationRound round);
}
