using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Frames;

/// <summary>A decoded, new (not duplicate) frame from a known device.</summary>
/// <param name="DeviceId">From the topic.</param>
/// <param name="GroupId">The device's group.</param>
/// <param name="Frame">The decoded frame.</param>
/// <param name="ReceivedAt"><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> on arrival (for the end-to-end latency).</param>
public sealed record IngestedFrame(string DeviceId, string GroupId, Frame Frame, long ReceivedAt);
