namespace WearableAI.Hub.Arbitration;

/// <summary>One device's wake candidate in an arbitration, with what the decision used.</summary>
/// <param name="DeviceId">The device.</param>
/// <param name="Sequence">Its WakeCandidate's sequence.</param>
/// <param name="VoiceEnergy">Front-end log units, as the watch reports it.</param>
/// <param name="AmbientEnergy">Front-end log units (noise floor), as the watch reports it.</param>
/// <param name="WatchScore">The tiny model's score, 0..1.</param>
/// <param name="HubConfidence">The hub model's probability of the wake label, or null without a model.</param>
/// <param name="Score">The arbitration score (<see cref="ArbitrationRule.Score"/>).</param>
/// <param name="ArrivalMs">Milliseconds after the first candidate of the round.</param>
/// <param name="VoiceLevel">The level the hub measured from the candidate's features (<see cref="VoiceLevel.Of"/>), front-end log units.</param>
[GenerateSerializer, Immutable]
public sealed record ArbitrationCandidate(
    string DeviceId,
    uint Sequence,
    short VoiceEnergy,
    short AmbientEnergy,
    double WatchScore,
    double? HubConfidence,
    double Score,
    double ArrivalMs,
    double VoiceLevel = 0);
