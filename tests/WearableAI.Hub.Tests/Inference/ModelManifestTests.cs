using System.Text.Json;
using WearableAI.Hub.Inference;

namespace WearableAI.Hub.Tests.Inference;

/// <summary>manifest.json: tolerant of missing optional fields, clear about broken required ones.</summary>
public sealed class ModelManifestTests
{
    [Fact]
    public void A_minimal_manifest_gets_the_documented_defaults()
    {
        ModelManifest manifest = Parse("""{ "vocabulary": ["hey_nano", "stop"], "wakeLabel": "hey_nano", "someFutureField": 3 }""");

        Assert.Equal(0.5, manifest.WakeThreshold);
        Assert.Equal(32, manifest.Bands);
        Assert.Equal(1f, manifest.FeatureScale);
        Assert.Equal("unversioned", manifest.Version);
        Assert.Equal(0, manifest.WakeIndex);
    }

    [Theory]
    [InlineData("""{ "wakeLabel": "hey_nano" }""", "'vocabulary' is required")]
    [InlineData("""{ "vocabulary": ["yes", "no"], "wakeLabel": "hey_nano" }""", "'wakeLabel' is required and must be one of the vocabulary (yes, no)")]
    [InlineData("""{ "vocabulary": ["a", "a"], "wakeLabel": "a" }""", "must be a distinct label")]
    [InlineData("""{ "vocabulary": ["a"], "wakeLabel": "a", "thresholds": { "wake": 1.5 } }""", "'thresholds.wake' must be 0..1 (got 1.5)")]
    [InlineData("""{ "vocabulary": ["a"], "wakeLabel": "a", "frontEnd": { "melBands": "many" } }""", "'frontEnd.melBands' must be a number")]
    public void A_broken_manifest_names_the_field(string json, string expected)
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => Parse(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("manifest.json: ", error.Message, StringComparison.Ordinal);
    }

    private static ModelManifest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ModelManifestReader.Parse(document.RootElement, "manifest.json");
    }
}
