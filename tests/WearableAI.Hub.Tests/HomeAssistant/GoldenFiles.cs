using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>
/// The golden Home Assistant messages in <c>HomeAssistant/Golden/</c> (read from the source tree) and the JSON Schema
/// they are checked against. <c>WAI_UPDATE_GOLDEN=1</c> rewrites a golden file from what the hub builds (review the diff).
/// </summary>
public static class GoldenFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The golden files' folder in the source tree.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryFolders.Root, "tests", "WearableAI.Hub.Tests", "HomeAssistant", "Golden");

    /// <summary>The device-discovery schema written from Home Assistant's documentation.</summary>
    public static JsonSchema DiscoverySchema { get; } = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, "device-discovery.schema.json")));

    /// <summary>The event-payload schema (what the <c>event</c> platform reads from a state topic).</summary>
    public static JsonSchema EventSchema { get; } = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, "event-message.schema.json")));

    /// <summary>A message as the golden files hold it.</summary>
    public static JsonObject Message(string topic, bool retain, string payload) => new()
    {
        ["topic"] = topic,
        ["retain"] = retain,
        ["payload"] = payload.Length == 0 ? "" : JsonNode.Parse(payload),
    };

    /// <summary>Asserts that <paramref name="actual"/> equals the golden file <paramref name="name"/> (JSON-equal, key order included).</summary>
    public static void AssertMatches(string name, JsonNode actual)
    {
        string path = Path.Combine(Folder, name);
        string text = actual.ToJsonString(Indented) + "\n";
        if (Environment.GetEnvironmentVariable("WAI_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
        }

        Assert.True(File.Exists(path), $"{path} is missing (WAI_UPDATE_GOLDEN=1 writes it)");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), text);
    }

    /// <summary>Asserts that <paramref name="message"/> is valid under <paramref name="schema"/>, listing every failure otherwise.</summary>
    public static void AssertValid(JsonSchema schema, JsonNode message)
    {
        using JsonDocument document = JsonDocument.Parse(message.ToJsonString());
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!results.IsValid)
        {
            IEnumerable<string> failures = (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
            Assert.Fail("not valid under " + schema.BaseUri + ":\n" + string.Join("\n", failures) + "\n" + message.ToJsonString());
        }
    }

    /// <summary>True when <paramref name="message"/> is valid under <paramref name="schema"/>.</summary>
    public static bool IsValid(JsonSchema schema, JsonNode message)
    {
        using JsonDocument document = JsonDocument.Parse(message.ToJsonString());
        return schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;
    }
}
