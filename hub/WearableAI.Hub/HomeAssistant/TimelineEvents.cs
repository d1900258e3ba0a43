using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// Turns what the hub puts on its timeline into Home Assistant events: a wake verdict into the watch's wake event,
/// a classified command into its command event, a gesture into its gesture event, a multi-watch arbitration into
/// the group's event. Pure; null when the entry is not for Home Assistant (or that entity is off).
/// </summary>
public static class TimelineEvents
{
    /// <summary>The event for <paramref name="entry"/>, or null. <paramref name="watch"/> names the device (null: unknown).</summary>
    public static HomeAssistantEvent? From(TimelineEntry entry, DeviceRecord? watch, HomeAssistantOptions options)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(options);
        if (entry.DeviceId is not { } deviceId || entry.Details is null)
        {
            return null;
        }

        var topics = new HomeAssistantTopics(options);
        HomeAssistantEntities entities = options.Entities;
        JsonElement details = JsonSerializer.SerializeToElement(entry.Details, entry.Details.GetType(), JsonSerializerOptions.Web);
        switch (entry.Kind)
        {
            case TimelineKind.WakeVerdict when entities.Wake:
                string? wakeType = Text(details, "verdict") switch
                {
                    "Accepted" => HomeAssistantEventTypes.Verified,
                    "StandDown" => HomeAssistantEventTypes.StoodDown,
                    "Unverified" => HomeAssistantEventTypes.Unverified,
                    "Rejected" when entities.RejectedWakes => HomeAssistantEventTypes.Rejected,
                    _ => null,
                };
                return wakeType is null ? null : new HomeAssistantEvent(topics.WakeEvents(deviceId), Payload(wakeType, entry, watch, new JsonObject
                {
                    ["confidence"] = Number(details, "confidence"),
                    ["arbitration"] = Text(details, "arbitration")?.ToLowerInvariant(),
                    ["winner"] = Text(details, "winner"),
                }));
            case TimelineKind.Command when entities.Commands:
                return Command(entry, watch, details, topics.CommandEvents(deviceId));
            case TimelineKind.Gesture when entities.Gestures && Text(details, "gesture") is { } gesture:
                return new HomeAssistantEvent(topics.GestureEvents(deviceId), Payload(HomeAssistantEventTypes.Gesture(gesture), entry, watch, new JsonObject
                {
                    ["confidence"] = Number(details, "confidence"),
                }));
            case TimelineKind.Arbitration when entities.Arbitration && entry.GroupId is { } group:
                int candidates = details.TryGetProperty("candidates", out JsonElement list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
                var payload = new JsonObject
                {
                    ["event_type"] = HomeAssistantEventTypes.Decided,
                    ["group"] = group,
                    ["winner"] = deviceId,
                    ["winner_name"] = watch?.Name ?? deviceId,
                    ["candidates"] = candidates,
                    ["window_ms"] = Number(details, "windowMs"),
                    ["reason"] = Text(details, "reason"),
                    ["time"] = Time(entry),
                };
                return new HomeAssistantEvent(topics.ArbitrationEvents(group), payload);
            default:
                return null;
        }
    }

    /// <summary>
    /// An accepted command label as its own event type; a command window classified below the threshold (or as a
    /// label that is no command) as <c>unknown</c> with its best guess; nothing for a window that followed no accepted wake.
    /// </summary>
    private static HomeAssistantEvent? Command(TimelineEntry entry, DeviceRecord? watch, JsonElement details, string topic)
    {
        string verdict = Text(details, "verdict") ?? "";
        string label = Text(details, "label") ?? "";
        if (label.Length == 0 || verdict is not ("Accepted" or "Rejected") || label == HomeAssistantEventTypes.Silence)
        {
            return null;
        }

        bool known = verdict == "Accepted" && label != HomeAssistantEventTypes.Unknown;
        var extra = new JsonObject { ["confidence"] = Number(details, "confidence") };
        if (!known)
        {
            extra["best_guess"] = label;
        }

        return new HomeAssistantEvent(topic, Payload(known ? label : HomeAssistantEventTypes.Unknown, entry, watch, extra));
    }

    private static JsonObject Payload(string eventType, TimelineEntry entry, DeviceRecord? watch, JsonObject extra)
    {
        var payload = new JsonObject
        {
            ["event_type"] = eventType,
            ["device_id"] = entry.DeviceId,
            ["device_name"] = watch?.Name ?? entry.DeviceId,
            ["group"] = entry.GroupId ?? watch?.Group,
        };
        foreach (KeyValuePair<string, JsonNode?> pair in extra.ToArray())
        {
            extra.Remove(pair.Key);
            payload[pair.Key] = pair.Value;
        }

        payload["time"] = Time(entry);
        return payload;
    }

    private static string Time(TimelineEntry entry) => entry.Time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string? Text(JsonElement details, string name) =>
        details.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement details, string name) =>
        details.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? Math.Round(value.GetDouble(), 3) : null;
}
