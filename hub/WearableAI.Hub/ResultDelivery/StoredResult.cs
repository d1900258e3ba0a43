namespace WearableAI.Hub.ResultDelivery;

/// <summary>One stored result (GET /api/results).</summary>
public sealed record StoredResult(
    long Id,
    string DeviceId,
    long Sequence,
    string? Kind,
    string? Verdict,
    string? Arbitration,
    string Label,
    double? Confidence,
    int? ActionCode,
    string? Winner,
    double? LatencyMs,
    DateTimeOffset Created);
