using System.Net.Http.Json;
using System.Text.Json;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Inference;

/// <summary>Without a hub model (training not run yet) the hub still answers, as unverified.</summary>
public sealed class NoModelTests
{
    [Fact]
    public async Task Without_a_model_a_wake_candidate_is_answered_unverified_and_the_api_says_why()
    {
        string empty = Directory.CreateTempSubdirectory("wai-no-model-").FullName;
        await using HubApp hub = await PipelineHub.StartAsync(modelsFolder: empty);
        await using Watch watch = await hub.WatchAsync("bare");

        await watch.WakeAsync(TestKeywordModel.WakePattern());

        Assert.Equal(Verdict.Unverified, (await watch.NextAsync<ResultFrame>()).Verdict);
        using HttpClient http = hub.CreateClient();
        JsonElement model = await http.GetFromJsonAsync<JsonElement>("/api/models");
        Assert.False(model.GetProperty("available").GetBoolean());
        Assert.Contains("hub.onnx", model.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Features_with_other_bands_than_the_model_are_answered_unverified()
    {
        await using HubApp hub = await PipelineHub.StartAsync();
        await using Watch watch = await hub.WatchAsync("odd-bands");

        await watch.SendAsync(new WakeCandidateFrame { Score = 30000, VoiceEnergy = 50, AmbientEnergy = 10, BandCount = 4, FrameCount = 4, Features = new sbyte[16] });

        Assert.Equal(Verdict.Unverified, (await watch.NextAsync<ResultFrame>()).Verdict);
    }
}
