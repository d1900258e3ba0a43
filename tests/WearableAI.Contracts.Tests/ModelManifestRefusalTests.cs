using WearableAI.Contracts;

namespace WearableAI.Contracts.Tests;

/// <summary>A manifest that cannot be used is refused with one line naming the file and the field, and the kind of problem.</summary>
public sealed class ModelManifestRefusalTests
{
    private static readonly string Good = ModelManifestFile.ToJson(SampleManifest.Complete);

    [Fact]
    public void A_missing_file_means_no_models_are_shipped_yet()
    {
        string path = Path.Combine(Path.GetTempPath(), "wai-no-such-folder-" + Guid.NewGuid().ToString("N"), "manifest.json");

        ModelManifestException error = Assert.Throws<ModelManifestException>(() => ModelManifestFile.Read(path));

        Assert.Equal(ModelManifestProblem.Missing, error.Problem);
        Assert.StartsWith(path + ": not found (no models shipped yet", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ this is not json", ModelManifestProblem.Malformed, "manifest.json: not valid JSON (")]
    [InlineData("[1, 2]", ModelManifestProblem.Malformed, "manifest.json: the manifest must be a JSON object.")]
    [InlineData("""{ "version": "1.0", "vocabulary": ["hey_nano"], "wakeLabel": "hey_nano", "metrics": { "hub": {} } }""",
        ModelManifestProblem.Incompatible, "manifest.json: has no 'schemaVersion', so it is a schema 1 manifest of an older `wai ship`; this hub reads schemaVersion 2: ship the models again with `wai ship`.")]
    [InlineData("""{ "schemaVersion": 3 }""", ModelManifestProblem.Incompatible, "manifest.json: schemaVersion 3 is not the one this hub reads (2); it was written by a newer `wai ship`: update the hub.")]
    [InlineData("""{ "schemaVersion": "two" }""", ModelManifestProblem.Malformed, "manifest.json: 'schemaVersion' must be a whole number (got \"two\").")]
    public void A_file_that_is_not_a_manifest_of_this_layout_is_refused_saying_what_to_do(string json, ModelManifestProblem problem, string message)
    {
        ModelManifestException error = Assert.Throws<ModelManifestException>(() => ModelManifestFile.Parse(json, "manifest.json"));

        Assert.Equal(problem, error.Problem);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"wakeLabel\": \"hey_nano\",", "", "'wakeLabel'")]
    [InlineData("\"melBands\": 32", "\"melBands\": \"many\"", "'frontEnd.melBands'")]
    [InlineData("\"version\": \"20261207-051903\"", "\"version\": null", "'version'")]
    [InlineData("\"wake\": 0.5", "\"wake\": [0.5]", "'thresholds.wake'")]
    public void A_missing_field_or_one_of_the_wrong_type_is_named(string field, string replacement, string named)
    {
        string json = Good.Replace(field, replacement, StringComparison.Ordinal);

        ModelManifestException error = Assert.Throws<ModelManifestException>(() => ModelManifestFile.Parse(json, "models/manifest.json"));

        Assert.Equal(ModelManifestProblem.Malformed, error.Problem);
        Assert.StartsWith("models/manifest.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"wake\": 0.5", "\"wake\": 1.5", "'thresholds.wake' must be 0..1 (got 1.5)")]
    [InlineData("\"wakeLabel\": \"hey_nano\"", "\"wakeLabel\": \"hey_mario\"", "'wakeLabel' must be one of the vocabulary (hey_nano, yes, no, stop, unknown, silence); got \"hey_mario\"")]
    [InlineData("\"no\",", "\"yes\",", "'vocabulary' entry 2 must be a distinct label of 1..32 characters (got \"yes\")")]
    [InlineData("\"melBands\": 32", "\"melBands\": 0", "'frontEnd.melBands' must be 1..64 (got 0)")]
    [InlineData("\"featureScale\": 1", "\"featureScale\": 0", "'featureScale' must be > 0 (got 0)")]
    [InlineData("\"hub\": \"hub.onnx\"", "\"hub\": \"../hub.onnx\"", "'files.hub' must be a file name beside the manifest (got \"../hub.onnx\")")]
    public void A_value_that_breaks_a_rule_is_named_with_the_rule(string field, string replacement, string expected)
    {
        string json = Good.Replace(field, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Good, json);

        ModelManifestException error = Assert.Throws<ModelManifestException>(() => ModelManifestFile.Parse(json, "manifest.json"));

        Assert.Equal(ModelManifestProblem.Invalid, error.Problem);
        Assert.Equal($"manifest.json: {expected}.", error.Message);
    }

    [Fact]
    public void The_writer_refuses_a_manifest_the_reader_would_refuse()
    {
        ModelManifest broken = SampleManifest.Complete with { WakeLabel = "hey_mario" };

        ModelManifestException error = Assert.Throws<ModelManifestException>(() => ModelManifestFile.ToJson(broken));

        Assert.Equal(ModelManifestProblem.Invalid, error.Problem);
        Assert.Contains("'wakeLabel' must be one of the vocabulary", error.Message, StringComparison.Ordinal);
    }
}
