using System.Text.Json.Nodes;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// A watch's device-based discovery config (<c>&lt;prefix&gt;/device/&lt;node id&gt;/config</c>, retained): the device,
/// the origin, the hub's availability, and one component per enabled entity — wake, command and gesture events, a
/// battery sensor and a connectivity binary sensor. Pure: the same inputs give the same bytes (golden tests).
/// </summary>
public static class WatchDiscovery
{
    /// <summary>Builds the config of <paramref name="watch"/> for the vocabulary of <paramref name="manifest"/> (null: no hub model).</summary>
    public static JsonObject Build(DeviceRecord watch, ModelManifest? manifest, HomeAssistantOptions options, HomeAssistantOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(options);
        var topics = new HomeAssistantTopics(options);
        string node = topics.WatchNode(watch.Id);
        HomeAssistantEntities entities = options.Entities;
        var components = new JsonObject();
        if (entities.Wake)
        {
            components["wake"] = Event(node, "wake", "Wake word", "mdi:account-voice", topics.WakeEvents(watch.Id), HomeAssistantEventTypes.Wake(entities));
        }

        if (entities.Commands)
        {
            components["command"] = Event(node, "command", "Command", "mdi:microphone-message", topics.CommandEvents(watch.Id), HomeAssistantEventTypes.Commands(manifest));
        }

        if (entities.Gestures)
        {
            components["gesture"] = Event(node, "gesture", "Gesture", "mdi:gesture", topics.GestureEvents(watch.Id), HomeAssistantEventTypes.Gestures);
        }

        if (entities.Battery)
        {
            components["battery"] = new JsonObject
            {
                ["platform"] = "sensor",
                ["name"] = "Battery",
                ["unique_id"] = node + "_battery",
                ["state_topic"] = topics.WatchState(watch.Id),
                ["value_template"] = "{{ value_json.battery }}",
                ["device_class"] = "battery",
                ["state_class"] = "measurement",
                ["unit_of_measurement"] = "%",
                ["entity_category"] = "diagnostic",
            };
        }

        if (entities.Connectivity)
        {
            components["connectivity"] = new JsonObject
            {
                ["platform"] = "binary_sensor",
                ["name"] = "Connection",
                ["unique_id"] = node + "_connectivity",
                ["state_topic"] = topics.WatchState(watch.Id),
                ["value_template"] = "{{ value_json.connectivity }}",
                ["device_class"] = "connectivity",
                ["entity_category"] = "diagnostic",
            };
        }

        var device = new JsonObject
        {
            ["identifiers"] = new JsonArray(node),
            ["name"] = watch.Name,
            ["manufacturer"] = "WearableAI",
            ["model"] = watch.Board is { Length: > 0 } board ? $"WearableAI watch ({board})" : "WearableAI watch",
        };
        if (watch.Firmware is { Length: > 0 } firmware)
        {
            device["sw_version"] = firmware;
        }

        device["suggested_area"] = watch.Group;
        return Config(device, origin, topics, components);
    }

    /// <summary>The shared root of every config: device, origin, the hub's availability, QoS 1, the components.</summary>
    internal static JsonObject Config(JsonObject device, HomeAssistantOrigin origin, HomeAssistantTopics topics, JsonObject components)
    {
        var originNode = new JsonObject { ["name"] = origin.Name, ["sw_version"] = origin.SoftwareVersion };
        if (origin.SupportUrl.Length > 0)
        {
            originNode["support_url"] = origin.SupportUrl;
        }

        return new JsonObject
        {
            ["device"] = device,
            ["origin"] = originNode,
            ["availability"] = new JsonArray(new JsonObject { ["topic"] = topics.HubAvailability }),
            ["qos"] = 1,
            ["components"] = components,
        };
    }

    /// <summary>An <c>event</c> component.</summary>
    internal static JsonObject Event(string node, string key, string name, string icon, string stateTopic, IReadOnlyList<string> eventTypes) => new()
    {
        ["platform"] = "event",
        ["name"] = name,
        ["unique_id"] = node + "_" + key,
        ["state_topic"] = stateTopic,
        ["event_types"] = new JsonArray(eventTypes.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        ["icon"] = icon,
    };
}
