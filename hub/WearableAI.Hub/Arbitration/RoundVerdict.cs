namespace WearableAI.Hub.Arbitration;

/// <summary>
/// What a group's round decided, the same for every candidate of it: who answers, with which verdict, why, and every
/// candidate as the decision saw it. A candidate that is not the winner stands down, naming the winner.
/// </summary>
/// <param name="WinnerDeviceId">The answering device.</param>
/// <param name="WinnerSequence">Its WakeCandidate's sequence.</param>
/// <param name="Verdict">The winner's wake verdict (<see cref="ArbitrationDecision.Verdict"/>).</param>
/// <param name="Reason">One sentence for people (empty when solo).</param>
/// <param name="Candidates">The round's candidates in arrival order, with scores.</param>
[GenerateSerializer, Immutable]
public sealed record RoundVerdict(string WinnerDeviceId, uint WinnerSequence, WearableAI.Shared.Protocol.Verdict Verdict, string Reason, IReadOnlyList<ArbitrationCandidate> Candidates)
{
    /// <summary>One candidate, no other device heard the phrase.</summary>
    public bool Solo => Candidates.Count == 1;

    /// <summary>Whether this device and sequence is the round's winner.</summary>
    public bool IsWinner(string deviceId, uint sequence) => WinnerDeviceId == deviceId && WinnerSequence == sequence;
}
