using System.Text.Json;
using System.Text.Json.Nodes;

namespace WearableAI.Contracts;

/// <summary>
/// The one reader and writer of <c>manifest.json</c> (<see cref="ModelManifest"/>). Reading checks, in order:
/// the file is there (<see cref="ModelManifestProblem.Missing"/>), is a JSON object with
/// <c>schemaVersion</c> <see cref="ModelManifest.CurrentSchemaVersion"/> (<see cref="ModelManifestProblem.Malformed"/>,
/// <see cref="ModelManifestProblem.Incompatible"/>), has every required field with its JSON type
/// (<see cref="ModelManifestProblem.Malformed"/>) and keeps the rules of <see cref="ModelManifestRules"/>
/// (<see cref="ModelManifestProblem.Invalid"/>). Every failure is a <see cref="ModelManifestException"/> whose
/// message starts with the file and names the field. Writing refuses a manifest that reading would refuse.
/// </summary>
public static class ModelManifestFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads and checks the manifest at <paramref name="path"/>.</summary>
    /// <exception cref="ModelManifestException">The file is missing, unreadable, of another schema version or breaks a rule.</exception>
    public static ModelManifest Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelManifestException(ModelManifestProblem.Missing, $"{path}: not found (no models shipped yet; `wai ship` writes it).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelManifestException(ModelManifestProblem.Malformed, $"{path}: cannot be read ({e.Message}).", e);
        }

        return Parse(text, path);
    }

    /// <summary>Reads and checks a manifest's JSON text; <paramref name="source"/> (e.g. its path) starts every error message.</summary>
    /// <exception cref="ModelManifestException">The text is not a usable manifest.</exception>
    public static ModelManifest Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root = ParseObject(json, source);
        CheckSchemaVersion(root, source);
        ModelManifest manifest;
        try
        {
            manifest = root.Deserialize(ModelManifestJson.Default.ModelManifest)
                ?? throw new ModelManifestException(ModelManifestProblem.Malformed, $"{source}: the manifest must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ModelManifestException(ModelManifestProblem.Malformed, $"{source}: {JsonProblem.Describe(e)}.", e);
        }

        string? problem = ModelManifestRules.Check(manifest);
        return problem is null ? manifest : throw new ModelManifestException(ModelManifestProblem.Invalid, $"{source}: {problem}.");
    }

    /// <summary>The manifest's JSON text (indented, camelCase, no trailing newline).</summary>
    /// <exception cref="ModelManifestException">The manifest breaks a rule or is of another schema version.</exception>
    public static string ToJson(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.SchemaVersion != ModelManifest.CurrentSchemaVersion)
        {
            throw new ModelManifestException(ModelManifestProblem.Incompatible, $"schemaVersion {manifest.SchemaVersion}: this code writes schemaVersion {ModelManifest.CurrentSchemaVersion} only.");
        }

        string? problem = ModelManifestRules.Check(manifest);
        return problem is null
            ? JsonSerializer.Serialize(manifest, ModelManifestJson.Default.ModelManifest)
            : throw new ModelManifestException(ModelManifestProblem.Invalid, $"manifest of {manifest.Version}: {problem}.");
    }

    /// <summary>Writes the manifest to <paramref name="path"/> (its JSON and a newline).</summary>
    /// <exception cref="ModelManifestException">The manifest breaks a rule.</exception>
    public static void Write(string path, ModelManifest manifest) => File.WriteAllText(path, ToJson(manifest) + "\n");

    private static JsonObject ParseObject(string json, string source)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new ModelManifestException(ModelManifestProblem.Malformed, $"{source}: not valid JSON ({JsonProblem.Describe(e)}).", e);
        }

        return root as JsonObject ?? throw new ModelManifestException(ModelManifestProblem.Malformed, $"{source}: the manifest must be a JSON object.");
    }

    private static void CheckSchemaVersion(JsonObject root, string source)
    {
        JsonNode? node = root["schemaVersion"];
        if (node is null)
        {
            throw new ModelManifestException(ModelManifestProblem.Incompatible,
                $"{source}: has no 'schemaVersion', so it is a schema 1 manifest of an older `wai ship`; "
                + $"this hub reads schemaVersion {ModelManifest.CurrentSchemaVersion}: ship the models again with `wai ship`.");
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue(out int version))
        {
            throw new ModelManifestException(ModelManifestProblem.Malformed, $"{source}: 'schemaVersion' must be a whole number (got {node.ToJsonString()}).");
        }

        if (version != ModelManifest.CurrentSchemaVersion)
        {
            string advice = version > ModelManifest.CurrentSchemaVersion
                ? "it was written by a newer `wai ship`: update the hub"
                : "ship the models again with `wai ship`";
            throw new ModelManifestException(ModelManifestProblem.Incompatible,
                $"{source}: schemaVersion {version} is not the one this hub reads ({ModelManifest.CurrentSchemaVersion}); {advice}.");
        }
    }
}
