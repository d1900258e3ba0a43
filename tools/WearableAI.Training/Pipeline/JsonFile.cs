using System.Text.Json;
using System.Text.Json.Serialization;

namespace WearableAI.Training.Pipeline;

/// <summary>Writes the run's JSON files (indented, camelCase, fields included so front-end settings serialise).</summary>
public static class JsonFile
{
    /// <summary>The serializer options used for config.json and metrics.json.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IncludeFields = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="value"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        File.WriteAllText(path, JsonSerializer.Serialize(value, value.GetType(), Options) + "\n");
    }
}
