using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Frames;

/// <summary>A decoded frame from a known device: new, or one that came again and still needs answering (<paramref name="Repeat"/>).</summary>
/// <param name="DeviceId">From the topic.</param>
/// <param name="GroupId">The device's group.</param>
/// <param name="Frame">The decoded frame.</param>
/// <param name="ReceivedAt"><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> on arrival (for the end-to-end latency).</param>
/// <param name="Repeat">
/// Stored before: the watch re-sent it (no answer reached it) or the broker redelivered it. A wake candidate still
/// goes to arbitration, which answers it with its round's verdict (or, when the worker that took it first died before
/// handing it over, gives it its round now); a command gets its stored result again or is classified now; a receipted
/// event that was never marked handled (its worker died) is handled now.
/// </param>
/// <param name="FrameCrc">The frame's CRC-32 as received: with device and sequence, the frame's identity (0 when not known).</param>
public sealed record IngestedFrame(string DeviceId, string GroupId, Frame Frame, long ReceivedAt, bool Repeat = false, uint FrameCrc = 0);
