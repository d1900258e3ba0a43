using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.ResultDelivery;

/// <summary>What the hub answers to one wake candidate or command window.</summary>
/// <param name="DeviceId">The device whose frame is answered.</param>
/// <param name="GroupId">Its group (the fan-out topic).</param>
/// <param name="ReplyTo">The answered frame's sequence.</param>
/// <param name="Answered">WakeCandidate or CommandFeatures.</param>
/// <param name="Verdict">Accepted, rejected, unverified or stand down.</param>
/// <param name="Arbitration">Solo, won or lost.</param>
/// <param name="Label">The recognised label ("" when none).</param>
/// <param name="Confidence">Hub model probability of <paramref name="Label"/> (0..1).</param>
/// <param name="ActionCode">What the watch should do (see <see cref="ActionCodes"/>).</param>
/// <param name="Winner">The arbitration winner, or null when solo.</param>
public sealed record HubResult(
    string DeviceId,
    string GroupId,
    uint ReplyTo,
    FrameKind Answered,
    Verdict Verdict,
    ArbitrationOutcome Arbitration,
    string Label,
    double Confidence,
    ushort ActionCode,
    string? Winner);
