namespace WearableAI.Hub.Arbitration;

/// <summary>
/// A household group's arbitration, one grain per group (key: the group id), on whichever hub worker Orleans placed
/// it: collects the candidates of one utterance from the group's watches — wherever they were received — decides
/// with <see cref="ArbitrationRule"/>, and answers every candidate of the round with the same <see cref="RoundVerdict"/>.
/// </summary>
public interface IArbitrationGroupGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds a candidate to the group's round (opening one when none is open) and completes when the round is decided.
    /// A candidate already seen (same device and sequence) gets its round's verdict again (<see cref="RoundAnswer.Repeat"/>);
    /// one arriving after its round was decided stands down (<see cref="RoundAnswer.Late"/>).
    /// </summary>
    /// <param name="entry">The candidate.</param>
    /// <param name="expected">How many candidates the round waits for at most: the group's online devices (the window ends it earlier).</param>
    Task<RoundAnswer> JoinAsync(RoundEntry entry, int expected);
}
