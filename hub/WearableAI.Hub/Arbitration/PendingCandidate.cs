using WearableAI.Hub.Frames;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Arbitration;

/// <summary>A wake candidate waiting in an arbitration round.</summary>
public sealed record PendingCandidate(IngestedFrame Item, WakeCandidateFrame Wake, long JoinedAt);
