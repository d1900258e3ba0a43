using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Frames;

/// <summary>A decoded frame from a known device: new, or a wake candidate that came again (<paramref name="Repeat"/>).</summary>
/// <param name="DeviceId">From the topic.</param>
/// <param name="GroupId">The device's group.</param>
/// <param name="Frame">The decoded frame.</param>
/// <param name="ReceivedAt"><see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> on arrival (for the end-to-end latency).</param>
/// <param name="Repeat">
/// A wake candidate stored before: the watch re-sent it (no verdict reached it) or the broker redelivered it. It still
/// goes to arbitration, which answers it with its round's verdict (or, when the worker that took it first died before
/// handing it over, gives it its round now).
/// </param>
/// <param name="FrameCrc">The frame's CRC-32 as received: with device and sequence, the frame's identity (0 when not known).</param>
public sealed record IngestedFrame(string DeviceId, string GroupId, Frame Frame, long ReceivedAt, bool Repeat = false, uint FrameCrc = 0);
