namespace WearableAI.Hub.Storage;

/// <summary>One provisioned device as stored (without its secret hash).</summary>
public sealed record DeviceRecord(
    string Id,
    string Name,
    string Group,
    DateTimeOffset Created,
    DateTimeOffset? LastSeen,
    string? Board,
    string? ModelVersion,
    bool Online);
