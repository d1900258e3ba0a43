namespace WearableAI.Hub.Arbitration;

/// <summary>The group grain's answer to one candidate.</summary>
/// <param name="Round">The decided round the candidate belongs to.</param>
/// <param name="Repeat">The candidate was answered before (a re-send, or a redelivery): the same verdict, no second round; the caller only tells the device again.</param>
/// <param name="Late">The candidate arrived after its round was decided (within <see cref="ArbitrationOptions.LateMs"/>): it stands down.</param>
[GenerateSerializer, Immutable]
public sealed record RoundAnswer(RoundVerdict Round, bool Repeat, bool Late);
