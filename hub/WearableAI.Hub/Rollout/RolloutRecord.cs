namespace WearableAI.Hub.Rollout;

/// <summary>A rollout (GET /api/rollouts).</summary>
public sealed record RolloutRecord(long Id, string GroupId, uint ModelVersion, int BlobSize, string? CanaryDevice, string State, DateTimeOffset Created, IReadOnlyList<DeviceRolloutRecord> Devices);
