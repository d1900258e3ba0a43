namespace WearableAI.Hub.Storage;

/// <summary>
/// One provisioned device as stored (without its secret hash); presence fields come from the device's Hello/Status frames.
/// <see cref="DroppedEvents"/> (events the watch dropped since boot: its offline queue was full) and
/// <see cref="OfflineQueueDepth"/> (frames it still had waiting) come from its latest Status or Heartbeat.
/// <see cref="OfflineReason"/> says why an offline device is offline: "last will" (its Status offline frame),
/// "disconnected" (the embedded broker saw it go), "heartbeat timeout" (no frame for too long); null while online.
/// </summary>
public sealed record DeviceRecord(
    string Id,
    string Name,
    string Group,
    DateTimeOffset Created,
    DateTimeOffset? LastSeen,
    string? Board,
    string? ModelVersion,
    bool Online,
    int? Battery = null,
    int? Capabilities = null,
    long? FreeMemory = null,
    string? Firmware = null,
    string? PipelineState = null,
    long? DroppedEvents = null,
    int? OfflineQueueDepth = null,
    string? OfflineReason = null);
