namespace WearableAI.Hub.Arbitration;

/// <summary>
/// A group's last decided round: its candidates, what was decided, when (Unix milliseconds, wall clock: it outlives the
/// worker), and when its phrase was spoken (<see cref="ArbitrationRound.PhraseAtMs"/>; 0 when unknown, also in a round
/// stored before this field existed).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DecidedRound(
    [property: Id(0)] (string DeviceId, uint Sequence)[] Keys,
    [property: Id(1)] RoundVerdict Verdict,
    [property: Id(2)] long DecidedAtMs,
    [property: Id(3)] long PhraseAtMs = 0);
