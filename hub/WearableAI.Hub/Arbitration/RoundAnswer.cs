namespace WearableAI.Hub.Arbitration;

/// <summary>The group grain's answer to one candidate.</summary>
/// <param name="Round">The decided round the candidate belongs to.</param>
/// <param name="Repeat">
/// The grain had this candidate before (a re-sent copy, a redelivery, or the caller's own retry): the same verdict, no
/// second round. A copy's worker only tells the device again; the worker that stored the frame first applies it.
/// </param>
/// <param name="Late">The candidate arrived after its round was decided (within <see cref="ArbitrationOptions.LateMs"/>): it stands down.</param>
[GenerateSerializer, Immutable]
public sealed record RoundAnswer(RoundVerdict Round, bool Repeat, bool Late);
