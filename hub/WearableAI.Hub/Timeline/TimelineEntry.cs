namespace WearableAI.Hub.Timeline;

/// <summary>
/// One thing that happened, as the hub app shows it: which device, what kind, a one-line summary,
/// and kind-specific details (serialised as JSON for the web app and the API).
/// </summary>
/// <param name="Id">Increasing id, assigned by <see cref="TimelineFeed"/>; clients resume after it.</param>
/// <param name="Time">When the hub saw it.</param>
/// <param name="Kind">What it is.</param>
/// <param name="DeviceId">The device concerned, or null for group-wide entries.</param>
/// <param name="GroupId">The device's group, when known.</param>
/// <param name="Summary">One line for people, e.g. "verified 'hey nano' (0.97)".</param>
/// <param name="Details">Kind-specific data (candidates with energies and scores, label, confidence …), or null.</param>
public sealed record TimelineEntry(
    long Id,
    DateTimeOffset Time,
    TimelineKind Kind,
    string? DeviceId,
    string? GroupId,
    string Summary,
    object? Details);
