namespace WearableAI.Hub.Arbitration;

/// <summary>One wake candidate of a round, as the arbitration decision sees it (everything measured, nothing to fetch).</summary>
/// <param name="DeviceId">The device.</param>
/// <param name="VoiceLevel">How loud it heard the phrase, measured by the hub from its features (<see cref="Arbitration.VoiceLevel.Of"/>), front-end log units.</param>
/// <param name="AmbientEnergy">Its noise floor as the watch reports it, front-end log units.</param>
/// <param name="WatchScore">The tiny model's score, 0..1.</param>
/// <param name="HubConfidence">The hub model's probability of the wake label; null when no model could score it.</param>
/// <param name="Threshold">The device's wake threshold; null when no hub model is loaded.</param>
[GenerateSerializer, Immutable]
public sealed record RoundCandidate(string DeviceId, double VoiceLevel, short AmbientEnergy, double WatchScore, double? HubConfidence, double? Threshold)
{
    /// <summary>The hub model scored it at or above the device's threshold.</summary>
    public bool Verified => HubConfidence is { } c && Threshold is { } t && c >= t;
}
