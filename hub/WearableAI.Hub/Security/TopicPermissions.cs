namespace WearableAI.Hub.Security;

/// <summary>
/// Which topics a device may use. A device publishes only its own <c>status</c> and <c>event</c>,
/// and subscribes only below its own device level and its group's level. The hub may do anything.
/// A filter is checked by literal prefix, so a wildcard can never stand in for an id
/// (and <c>$share/…</c> filters never match). A guest may use only its own topics (<see cref="BrokerGuest"/>).
/// </summary>
public static class TopicPermissions
{
    public static bool CanPublish(BrokerPrincipal principal, string topic) =>
        principal.Guest is { } guest ? guest.CanPublish(topic) :
        principal.IsHub ||
        topic == HubTopics.Status(principal.DeviceId) ||
        topic == HubTopics.Event(principal.DeviceId);

    public static bool CanSubscribe(BrokerPrincipal principal, string topicFilter) =>
        principal.Guest is { } guest ? guest.CanSubscribe(topicFilter) :
        principal.IsHub ||
        IsBelow(topicFilter, HubTopics.DeviceLevel(principal.DeviceId)) ||
        IsBelow(topicFilter, HubTopics.GroupLevel(principal.Group));

    private static bool IsBelow(string filter, string levelPrefix) =>
        filter.Length > levelPrefix.Length && filter.StartsWith(levelPrefix, StringComparison.Ordinal);
}
