using System.Net;
using System.Text.Json;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Web;

/// <summary><c>GET /api/models</c> reading <c>manifest.json</c> of the models folder.</summary>
public sealed class ModelsApiTests : IAsyncLifetime
{
    private readonly HubApp _hub = new();
    private HttpClient _http = null!;

    private string ModelsFolder => Path.Combine(_hub.DataFolder, "models");

    public async Task InitializeAsync()
    {
        await _hub.StartAsync();
        _http = _hub.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_manifest_the_answer_says_no_models_are_shipped_yet()
    {
        using JsonDocument json = JsonDocument.Parse(await _http.GetStringAsync("/api/models"));

        Assert.False(json.RootElement.GetProperty("manifestFound").GetBoolean());
        Assert.Equal("No models shipped yet.", json.RootElement.GetProperty("message").GetString());
        Assert.Empty(json.RootElement.GetProperty("models").EnumerateArray());
    }

    [Fact]
    public async Task Each_version_comes_with_its_metrics_flattened_and_its_plain_fields()
    {
        await WriteManifestAsync("""
            { "models": [
                { "version": "1.0.0", "tier": "hub", "file": "hub.onnx", "metrics": { "accuracy": 0.93, "wake": { "frrPercent": 4.5 } } },
                { "id": "tiny-2", "evaluation": { "accuracy": 0.88 }, "quantized": true }
            ] }
            """);

        using JsonDocument json = JsonDocument.Parse(await _http.GetStringAsync("/api/models"));

        JsonElement[] models = json.RootElement.GetProperty("models").EnumerateArray().ToArray();
        Assert.Equal(["1.0.0", "tiny-2"], models.Select(m => m.GetProperty("version").GetString()));
        Assert.Equal(0.93, models[0].GetProperty("metrics").GetProperty("accuracy").GetDouble());
        Assert.Equal(4.5, models[0].GetProperty("metrics").GetProperty("wake.frrPercent").GetDouble());
        Assert.Equal("hub.onnx", models[0].GetProperty("properties").GetProperty("file").GetString());
        Assert.Equal("true", models[1].GetProperty("properties").GetProperty("quantized").GetString());
    }

    [Fact]
    public async Task A_manifest_that_is_not_json_is_a_500_naming_the_file()
    {
        await WriteManifestAsync("{ this is not json");

        using HttpResponseMessage response = await _http.GetAsync("/api/models");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("manifest.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task WriteManifestAsync(string text)
    {
        Directory.CreateDirectory(ModelsFolder);
        await File.WriteAllTextAsync(Path.Combine(ModelsFolder, "manifest.json"), text);
    }
}
