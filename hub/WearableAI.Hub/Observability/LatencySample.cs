namespace WearableAI.Hub.Observability;

/// <summary>One inference latency measured by the hub.</summary>
/// <param name="Time">When the inference finished.</param>
/// <param name="Milliseconds">How long it took.</param>
/// <param name="DeviceId">The device whose frame was inferred, when known.</param>
public sealed record LatencySample(DateTimeOffset Time, double Milliseconds, string? DeviceId);
