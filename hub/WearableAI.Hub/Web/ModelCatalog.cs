using System.Globalization;
using System.Text.Json;

namespace WearableAI.Hub.Web;

/// <summary>
/// Answer of <c>GET /api/models</c>: the versions in <c>manifest.json</c> of the models folder.
/// The manifest is read tolerantly: a root array, or an object with <c>models</c> or <c>versions</c>,
/// or a single model object; in each, <c>version</c> (or <c>id</c>, <c>name</c>) and <c>metrics</c>
/// (or <c>evaluation</c>) — numbers, possibly nested — and any other plain fields.
/// </summary>
/// <param name="ManifestFound">Whether <c>manifest.json</c> exists.</param>
/// <param name="Message">For people: "no models shipped yet", or what is wrong with the manifest.</param>
/// <param name="Models">The versions, in manifest order.</param>
public sealed record ModelCatalog(bool ManifestFound, string? Message, IReadOnlyList<ModelVersion> Models)
{
    /// <summary>The manifest's file name inside the models folder.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>Reads the manifest of <paramref name="folder"/>; throws <see cref="JsonException"/> when it is not JSON.</summary>
    public static async Task<ModelCatalog> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        string path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path))
        {
            return new ModelCatalog(false, "No models shipped yet.", []);
        }

        await using FileStream stream = File.OpenRead(path);
        using JsonDocument manifest = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        List<ModelVersion> models = Entries(manifest.RootElement).Select(Read).ToList();
        return new ModelCatalog(true, models.Count == 0 ? "The manifest lists no models yet." : null, models);
    }

    private static IEnumerable<JsonElement> Entries(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        foreach (string name in (string[])["models", "versions"])
        {
            if (root.TryGetProperty(name, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
            {
                return list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object);
            }
        }

        return root.TryGetProperty("version", out _) ? [root] : [];
    }

    private static ModelVersion Read(JsonElement model, int index)
    {
        string version = Text(model, "version") ?? Text(model, "id") ?? Text(model, "name") ?? $"#{index + 1}";
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in model.EnumerateObject())
        {
            if (property.Name is "metrics" or "evaluation")
            {
                Flatten(property.Value, "", metrics);
            }
            else if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                properties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return new ModelVersion(version, metrics, properties);
    }

    private static void Flatten(JsonElement value, string prefix, Dictionary<string, double> into)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (JsonProperty property in value.EnumerateObject())
        {
            string name = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDouble(out double number))
            {
                into[name] = number;
            }
            else
            {
                Flatten(property.Value, name, into);
            }
        }
    }

    private static string? Text(JsonElement model, string name) =>
        model.TryGetProperty(name, out JsonElement value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
