namespace WearableAI.Hub.Arbitration;

/// <summary>A group's last decided round: its candidates, what was decided, when (Unix milliseconds, wall clock: it outlives the worker).</summary>
[GenerateSerializer, Immutable]
public sealed record DecidedRound(
    [property: Id(0)] (string DeviceId, uint Sequence)[] Keys,
    [property: Id(1)] RoundVerdict Verdict,
    [property: Id(2)] long DecidedAtMs);
