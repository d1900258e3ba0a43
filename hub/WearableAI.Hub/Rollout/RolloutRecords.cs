namespace WearableAI.Hub.Rollout;

/// <summary>A rollout (GET /api/rollouts).</summary>
public sealed record RolloutRecord(long Id, string GroupId, uint ModelVersion, int BlobSize, string? CanaryDevice, string State, DateTimeOffset Created, IReadOnlyList<DeviceRolloutRecord> Devices);

/// <summary>One device's progress in a rollout. States: held (waits for the canary), sending, installed, failed, cancelled.</summary>
public sealed record DeviceRolloutRecord(long RolloutId, string DeviceId, uint ModelVersion, string State, int NextOffset, int BlobSize, DateTimeOffset Updated, string? Detail);

/// <summary>POST /api/rollouts: the group to update; with <c>Canary</c> one device first (<c>CanaryDevice</c>, or the first online one), the rest after it installed.</summary>
public sealed record StartRolloutRequest(string? Group, bool Canary = false, string? CanaryDevice = null);
