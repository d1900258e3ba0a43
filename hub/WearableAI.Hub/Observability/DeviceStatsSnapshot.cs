namespace WearableAI.Hub.Observability;

/// <summary>Answer of <c>GET /api/system/devices/{id}</c>: one device's rejects and inference latencies.</summary>
public sealed record DeviceStatsSnapshot(string DeviceId, IReadOnlyDictionary<string, long> Rejects, LatencySummary InferenceLatency);
