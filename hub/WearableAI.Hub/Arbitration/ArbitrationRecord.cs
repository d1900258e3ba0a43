namespace WearableAI.Hub.Arbitration;

/// <summary>One stored arbitration decision (GET /api/arbitrations).</summary>
public sealed record ArbitrationRecord(
    long Id,
    string GroupId,
    DateTimeOffset Decided,
    int WindowMs,
    string WinnerDeviceId,
    long WinnerSequence,
    string Reason,
    IReadOnlyList<ArbitrationCandidate> Candidates);
