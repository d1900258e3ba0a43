namespace WearableAI.Fleet;

/// <summary>One watch's wake candidate for an utterance, with what came of it.</summary>
/// <param name="Watch">Watch name.</param>
/// <param name="Metres">Its distance from the speaker.</param>
/// <param name="Wake">The WakeCandidate as sent.</param>
/// <param name="WakeResult">The hub's Result for it, if one arrived.</param>
/// <param name="Command">The CommandFeatures that followed, if any.</param>
/// <param name="CommandResult">The Result for the command, if one arrived.</param>
/// <param name="WakeSpeechEndMs">Simulated time the wake phrase ended at this watch.</param>
/// <param name="CommandSpeechEndMs">Simulated time the command ended at this watch (null: no command said).</param>
public sealed record HeardCandidate(
    string Watch,
    double Metres,
    SentFrame Wake,
    ReceivedResult? WakeResult,
    SentFrame? Command,
    ReceivedResult? CommandResult,
    double WakeSpeechEndMs,
    double? CommandSpeechEndMs);
