using System.Net.Http.Json;
using System.Text.Json;
using WearableAI.Contracts;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Web;

/// <summary><c>GET /api/models</c>: the models folder's <c>manifest.json</c> as the hub read it at startup, or why there is none.</summary>
public sealed class ModelsApiTests
{
    [Fact]
    public async Task Without_a_manifest_the_answer_says_no_models_are_shipped_yet()
    {
        await using HubApp hub = await new HubApp().StartAsync();
        using HttpClient http = hub.CreateClient();

        JsonElement models = await http.GetFromJsonAsync<JsonElement>("/api/models");

        Assert.False(models.GetProperty("available").GetBoolean());
        Assert.Contains("no models shipped yet", models.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, models.GetProperty("manifest").ValueKind);
        Assert.Equal("Healthy", await http.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task The_answer_is_the_shipped_manifest_with_its_vocabulary_thresholds_and_headline_figures()
    {
        string folder = TestKeywordModel.CreateFolder();
        ModelManifest shipped = ModelManifestFile.Read(Path.Combine(folder, ModelFiles.ManifestName)) with
        {
            Metrics = new Dictionary<string, double> { ["hub.accuracy"] = 0.93, ["cascade.wake_miss_rate"] = 0.045 },
        };
        ModelManifestFile.Write(Path.Combine(folder, ModelFiles.ManifestName), shipped);
        await using HubApp hub = await PipelineHub.StartAsync(modelsFolder: folder);
        using HttpClient http = hub.CreateClient();

        JsonElement models = await http.GetFromJsonAsync<JsonElement>("/api/models");

        Assert.True(models.GetProperty("available").GetBoolean());
        JsonElement manifest = models.GetProperty("manifest");
        Assert.Equal("test-1", manifest.GetProperty("version").GetString());
        Assert.Equal(["hey_nano", "stop", "unknown"], manifest.GetProperty("vocabulary").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(0.6, manifest.GetProperty("thresholds").GetProperty("wake").GetDouble());
        Assert.Equal(0.045, manifest.GetProperty("metrics").GetProperty("cascade.wake_miss_rate").GetDouble());
        Assert.Equal(TestKeywordModel.Bands, manifest.GetProperty("frontEnd").GetProperty("melBands").GetInt32());
    }

    [Theory]
    [InlineData("""{ "version": "old", "vocabulary": ["hey_nano", "stop", "unknown"], "wakeLabel": "hey_nano", "metrics": {} }""",
        "incompatible", "has no 'schemaVersion'")]
    [InlineData("{ this is not json", "malformed", "not valid JSON")]
    [InlineData("""{ "schemaVersion": 2, "version": "x" }""", "malformed", "missing required properties")]
    public async Task A_manifest_the_hub_cannot_use_leaves_it_running_without_a_model_saying_why(string manifest, string problem, string expected)
    {
        string folder = TestKeywordModel.CreateFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, ModelFiles.ManifestName), manifest);
        await using HubApp hub = await PipelineHub.StartAsync(modelsFolder: folder);
        using HttpClient http = hub.CreateClient();

        JsonElement models = await http.GetFromJsonAsync<JsonElement>("/api/models");

        Assert.False(models.GetProperty("available").GetBoolean());
        string reason = models.GetProperty("reason").GetString()!;
        Assert.Contains("manifest.json", reason, StringComparison.Ordinal);
        Assert.Contains(expected, reason, StringComparison.Ordinal);
        Assert.Equal("Degraded", await http.GetStringAsync("/health/ready"));
        Assert.Equal(1, hub.Probe.Total($"wai.hub.model.manifest_refused{{problem={problem}}}"));
    }
}
