using System.Text.Json;
using System.Text.Json.Serialization;

namespace WearableAI.Hub.Web;

/// <summary>
/// JSON as the hub app reads it: web defaults (camelCase) with enums as camelCase strings,
/// so a timeline entry's kind reads <c>"wakeVerdict"</c> in the API, the stream and the page alike.
/// </summary>
public static class AppJson
{
    /// <summary>The options of the app's endpoints and of the timeline stream.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
