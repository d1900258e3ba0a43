namespace WearableAI.Hub.Rollout;

/// <summary>One device's progress in a rollout. States: held (waits for the canary), sending, installed, failed, cancelled.</summary>
public sealed record DeviceRolloutRecord(long RolloutId, string DeviceId, uint ModelVersion, string State, int NextOffset, int BlobSize, DateTimeOffset Updated, string? Detail);
