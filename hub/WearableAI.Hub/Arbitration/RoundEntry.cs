namespace WearableAI.Hub.Arbitration;

/// <summary>
/// A wake candidate as the worker that received it hands it to its group's round (<see cref="IArbitrationGroupGrain"/>):
/// everything the decision needs, already measured there (the hub model's confidence, the device's threshold,
/// the voice level), so the round only collects and decides.
/// </summary>
/// <param name="Candidate">What <see cref="ArbitrationRule"/> weighs.</param>
/// <param name="Sequence">The WakeCandidate's sequence: with the device, the candidate's identity (a re-send carries the same).</param>
/// <param name="VoiceEnergy">Front-end log units, as the watch reports it (shown, not weighed).</param>
/// <param name="LogScale">Feature steps per octave of the front end that measured it.</param>
/// <param name="ReceivedAt">
/// When the worker received it (its wall clock): the round's arrival order, which the rule's tie-break uses. Not the
/// order of joining: measuring takes each worker its own time, and the workers' clocks are synchronised, their queues not.
/// </param>
/// <param name="MadeAtMs">The WakeCandidate's timestamp: when the watch made it (Unix ms; 0 = no clock), which a re-sent copy keeps.</param>
[GenerateSerializer, Immutable]
public sealed record RoundEntry(RoundCandidate Candidate, uint Sequence, short VoiceEnergy, int LogScale, DateTimeOffset ReceivedAt, long MadeAtMs = 0)
{
    /// <summary>The candidate's identity: device and sequence.</summary>
    public (string DeviceId, uint Sequence) Key => (Candidate.DeviceId, Sequence);
}
