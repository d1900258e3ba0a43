using System.Globalization;
using System.Text.Json;
using WearableAI.Shared.Audio;

namespace WearableAI.Hub.Inference;

/// <summary>
/// Reads <c>manifest.json</c>. Required: <c>vocabulary</c> (or <c>labels</c>: non-empty list of
/// distinct labels) and <c>wakeLabel</c> (one of them). Optional, with defaults:
/// <c>version</c> (text or number), <c>thresholds.wake</c> 0.5, <c>thresholds.command</c> 0.5,
/// <c>frontEnd.melBands</c> (or top-level <c>bands</c>) 32, <c>frontEnd.logScale</c> 8,
/// <c>featureScale</c> 1, <c>input</c>, <c>output</c>. Unknown fields are ignored; names are
/// case-insensitive. A broken file gives an <see cref="InvalidDataException"/> naming the field.
/// </summary>
public static class ModelManifestReader
{
    public static ModelManifest Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            return Parse(document.RootElement, path);
        }
    }

    public static ModelManifest Parse(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(source, "the manifest must be a JSON object");
        }

        FrontEndSettings defaults = new();
        JsonElement? vocabulary = Find(root, "vocabulary") ?? Find(root, "labels");
        if (vocabulary is not { ValueKind: JsonValueKind.Array } list || list.GetArrayLength() == 0)
        {
            throw Invalid(source, "'vocabulary' is required: a non-empty list of labels");
        }

        var labels = new List<string>();
        foreach (JsonElement item in list.EnumerateArray())
        {
            string? label = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (string.IsNullOrWhiteSpace(label) || label.Length > 32 || labels.Contains(label))
            {
                throw Invalid(source, $"'vocabulary' entry {labels.Count} must be a distinct label of 1..32 characters");
            }

            labels.Add(label);
        }

        string? wake = Text(Find(root, "wakeLabel") ?? Find(root, "wake_label"));
        if (wake is null || !labels.Contains(wake))
        {
            throw Invalid(source, $"'wakeLabel' is required and must be one of the vocabulary ({string.Join(", ", labels)})");
        }

        JsonElement? thresholds = Find(root, "thresholds");
        JsonElement? frontEnd = Find(root, "frontEnd") ?? Find(root, "front_end");
        double wakeThreshold = Probability(thresholds is { } t ? Find(t, "wake") : null, 0.5, source, "thresholds.wake");
        double commandThreshold = Probability(thresholds is { } c ? Find(c, "command") : null, 0.5, source, "thresholds.command");
        int bands = Integer(Find(root, "bands") ?? (frontEnd is { } f ? Find(f, "melBands") : null), defaults.MelBands, 1, 64, source, "frontEnd.melBands");
        int logScale = Integer(frontEnd is { } g ? Find(g, "logScale") : null, defaults.LogScale, 1, 64, source, "frontEnd.logScale");
        double scale = Number(Find(root, "featureScale"), 1.0, source, "featureScale");
        if (!(scale > 0))
        {
            throw Invalid(source, "'featureScale' must be > 0");
        }

        JsonElement? version = Find(root, "version");
        string versionText = version switch
        {
            { ValueKind: JsonValueKind.String } v => v.GetString()!,
            { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
            _ => "unversioned",
        };
        return new ModelManifest(versionText, labels, wake, wakeThreshold, commandThreshold, bands, logScale, (float)scale,
            Text(Find(root, "input")), Text(Find(root, "output")));
    }

    private static JsonElement? Find(JsonElement element, string name)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement? element) => element is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;

    private static double Number(JsonElement? element, double fallback, string source, string field)
    {
        if (element is null)
        {
            return fallback;
        }

        return element.Value.ValueKind == JsonValueKind.Number ? element.Value.GetDouble() : throw Invalid(source, $"'{field}' must be a number");
    }

    private static double Probability(JsonElement? element, double fallback, string source, string field)
    {
        double value = Number(element, fallback, source, field);
        return value is >= 0 and <= 1 ? value : throw Invalid(source, $"'{field}' must be 0..1 (got {value.ToString(CultureInfo.InvariantCulture)})");
    }

    private static int Integer(JsonElement? element, int fallback, int min, int max, string source, string field)
    {
        double value = Number(element, fallback, source, field);
        return value >= min && value <= max && value == Math.Floor(value)
            ? (int)value
            : throw Invalid(source, $"'{field}' must be a whole number {min}..{max}");
    }

    private static InvalidDataException Invalid(string source, string problem) => new($"{source}: {problem}.");
}
