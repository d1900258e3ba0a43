namespace WearableAI.Hub.Ingest;

/// <summary>One stored device frame (GET /api/events).</summary>
public sealed record StoredEvent(string DeviceId, long Sequence, string Kind, DateTimeOffset Received, string? Summary);
