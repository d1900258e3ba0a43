using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WearableAI.Hub.HomeAssistant;

/// <summary>The fixed payloads and how JSON payloads are written (compact, UTF-8 as is: names may hold any letter).</summary>
public static class HomeAssistantPayloads
{
    /// <summary>Availability: the hub is connected (Home Assistant's default <c>payload_available</c>).</summary>
    public const string Online = "online";

    /// <summary>Availability: the hub is gone (its last will; Home Assistant's default <c>payload_not_available</c>).</summary>
    public const string Offline = "offline";

    /// <summary>A retained empty payload removes a discovered device from Home Assistant.</summary>
    public const string Removed = "";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The compact JSON text of <paramref name="payload"/>.</summary>
    public static string Write(JsonNode payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.ToJsonString(Compact);
    }
}
