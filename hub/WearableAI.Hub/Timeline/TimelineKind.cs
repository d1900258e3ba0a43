namespace WearableAI.Hub.Timeline;

/// <summary>What a timeline entry tells the user about.</summary>
public enum TimelineKind
{
    /// <summary>A device connected or said hello.</summary>
    DeviceOnline,

    /// <summary>A device disconnected or its last will arrived.</summary>
    DeviceOffline,

    /// <summary>A wake candidate arrived from a watch.</summary>
    WakeCandidate,

    /// <summary>The hub model verified or rejected a wake candidate.</summary>
    WakeVerdict,

    /// <summary>Several devices heard the same utterance; one was chosen.</summary>
    Arbitration,

    /// <summary>A command window was classified.</summary>
    Command,

    /// <summary>A wrist gesture was reported.</summary>
    Gesture,

    /// <summary>A watch acted on its tiny model alone while the hub was unreachable (unverified).</summary>
    OfflineAction,

    /// <summary>Model rollout progress for a device.</summary>
    ModelRollout,

    /// <summary>A frame or message was refused (bad frame, permission, rate limit).</summary>
    Rejected,
}
