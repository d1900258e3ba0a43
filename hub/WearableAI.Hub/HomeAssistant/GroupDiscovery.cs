using System.Text.Json.Nodes;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// A group's discovery config: one Home Assistant device per group of watches with one event entity, the group's
/// arbitration outcome (which watch answered when several heard the same wake word).
/// </summary>
public static class GroupDiscovery
{
    /// <summary>Builds the config of group <paramref name="groupId"/>.</summary>
    public static JsonObject Build(string groupId, HomeAssistantOptions options, HomeAssistantOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(options);
        var topics = new HomeAssistantTopics(options);
        string node = topics.GroupNode(groupId);
        var device = new JsonObject
        {
            ["identifiers"] = new JsonArray(node),
            ["name"] = $"Watches in {groupId}",
            ["manufacturer"] = "WearableAI",
            ["model"] = "WearableAI watch group",
            ["suggested_area"] = groupId,
        };
        var components = new JsonObject
        {
            ["arbitration"] = WatchDiscovery.Event(node, "arbitration", "Arbitration", "mdi:scale-balance", topics.ArbitrationEvents(groupId), [HomeAssistantEventTypes.Decided]),
        };
        return WatchDiscovery.Config(device, origin, topics, components);
    }
}
