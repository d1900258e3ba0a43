namespace WearableAI.Hub.Broker;

/// <summary>One MQTT message as the hub's handlers see it.</summary>
public sealed record HubMessage(string Topic, ReadOnlyMemory<byte> Payload, bool Retained);
