namespace WearableAI.Hub.Presence;

/// <summary>An online device whose registry entry was last stamped at <paramref name="LastSeen"/>.</summary>
/// <param name="Id">Device id.</param>
/// <param name="Group">Its group.</param>
/// <param name="LastSeen">Its <c>devices.last_seen</c>.</param>
public sealed record SilentDevice(string Id, string Group, DateTimeOffset LastSeen);
