using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Simulation;

/// <summary>One message seen by <see cref="InMemoryMessageLink"/>.</summary>
/// <param name="Channel">The channel it went to or came from.</param>
/// <param name="Payload">A copy of its bytes.</param>
public sealed record LinkMessage(LinkChannel Channel, byte[] Payload);
