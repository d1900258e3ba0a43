namespace WearableAI.Hub.Arbitration;

/// <summary>
/// A household group's arbitration, one grain per group (key: the group id), on whichever hub worker Orleans placed
/// it: collects the candidates of one utterance from the group's watches — wherever they were received — decides
/// with <see cref="ArbitrationRule"/>, and answers every candidate of the round with the same <see cref="RoundVerdict"/>.
/// </summary>
public interface IArbitrationGroupGrain : IGrainWithStringKey
{
    /// <summary>
    /// A candidate arrived at a worker: counts it in the group's round (opening one when none is open), so the window
    /// runs from its arrival, not from when its measurement is ready. Returns at once.
    /// </summary>
    /// <param name="deviceId">The device.</param>
    /// <param name="sequence">Its WakeCandidate's sequence.</param>
    /// <param name="madeAtMs">Its WakeCandidate's timestamp (Unix ms, the watch's clock; 0 = none).</param>
    /// <param name="expected">How many candidates the round waits for at most: the group's online devices (the window ends it earlier).</param>
    Task ArriveAsync(string deviceId, uint sequence, long madeAtMs, int expected);

    /// <summary>
    /// The candidate's measurement (after <see cref="ArriveAsync"/>, or alone: it then arrives now); completes when its
    /// round is decided. A candidate already measured (same device and sequence) gets its round's verdict again
    /// (<see cref="RoundAnswer.Repeat"/>); one arriving after its round was decided stands down (<see cref="RoundAnswer.Late"/>).
    /// </summary>
    /// <param name="entry">The measured candidate.</param>
    /// <param name="expected">As for <see cref="ArriveAsync"/>.</param>
    Task<RoundAnswer> JoinAsync(RoundEntry entry, int expected);
}
