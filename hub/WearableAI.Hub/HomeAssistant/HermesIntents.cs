using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>
/// An accepted command as a Hermes intent message (<c>hermes/intent/&lt;intent name&gt;</c>, not retained):
/// <c>input</c> and <c>rawInput</c> the command word, <c>intent</c> its name and confidence, <c>siteId</c> the device,
/// no slots. Pure; null for anything that is not an accepted command of the vocabulary. Only ever intent topics.
/// </summary>
public static class HermesIntents
{
    /// <summary>Every topic this class produces starts with this.</summary>
    public const string TopicPrefix = "hermes/intent/";

    /// <summary>The intent message for <paramref name="entry"/>, or null.</summary>
    public static HomeAssistantEvent? From(TimelineEntry entry, HermesOptions options)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(options);
        if (entry.Kind != TimelineKind.Command || entry.DeviceId is null || entry.Details is null)
        {
            return null;
        }

        JsonElement details = JsonSerializer.SerializeToElement(entry.Details, entry.Details.GetType(), JsonSerializerOptions.Web);
        string? label = details.TryGetProperty("label", out JsonElement l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        bool accepted = details.TryGetProperty("verdict", out JsonElement v) && v.ValueKind == JsonValueKind.String && v.GetString() == "Accepted";
        if (!accepted || string.IsNullOrEmpty(label) || label is HomeAssistantEventTypes.Unknown or HomeAssistantEventTypes.Silence)
        {
            return null;
        }

        double confidence = details.TryGetProperty("confidence", out JsonElement c) && c.ValueKind == JsonValueKind.Number ? Math.Round(c.GetDouble(), 3) : 0;
        string replyTo = details.TryGetProperty("replyTo", out JsonElement r) && r.ValueKind == JsonValueKind.Number ? r.GetRawText() : entry.Id.ToString(CultureInfo.InvariantCulture);
        string name = options.IntentPrefix + label;
        return new HomeAssistantEvent(TopicPrefix + name, new JsonObject
        {
            ["input"] = label,
            ["rawInput"] = label,
            ["intent"] = new JsonObject { ["intentName"] = name, ["confidenceScore"] = confidence },
            ["slots"] = new JsonArray(),
            ["siteId"] = entry.DeviceId,
            ["sessionId"] = entry.DeviceId + "-" + replyTo,
            ["customData"] = null,
        });
    }
}
