using System.Net.Http.Json;
using WearableAI.Hub.Inference;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Inference;

/// <summary>Wake candidates and commands through the real hub and the test ONNX model.</summary>
public sealed class WakeVerdictTests : IAsyncLifetime
{
    private HubApp _hub = null!;

    public async Task InitializeAsync() => _hub = await PipelineHub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_wake_candidate_with_the_wake_pattern_is_accepted()
    {
        await using Watch watch = await _hub.WatchAsync("solo-a");
        await watch.WakeAsync(TestKeywordModel.WakePattern());

        ResultFrame result = await watch.NextAsync<ResultFrame>();
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(ArbitrationOutcome.Solo, result.Arbitration);
        Assert.Equal("hey_nano", result.Label);
        Assert.Equal(watch.LastSequence, result.ReplyToSequence);
        Assert.Equal(watch.Id, result.DeviceId);
        Assert.True(result.Confidence > 30000);
    }

    [Fact]
    public async Task A_wake_candidate_of_silence_is_rejected()
    {
        await using Watch watch = await _hub.WatchAsync("solo-b");
        await watch.WakeAsync(TestKeywordModel.Silence());

        ResultFrame result = await watch.NextAsync<ResultFrame>();
        Assert.Equal(Verdict.Rejected, result.Verdict);
        Assert.Equal(0, result.ActionCode);
    }

    [Fact]
    public async Task A_command_after_an_accepted_wake_gets_its_label_and_action()
    {
        await using Watch watch = await _hub.WatchAsync("solo-c");
        await watch.WakeAsync(TestKeywordModel.WakePattern());
        uint wake = watch.LastSequence;
        await watch.CommandAsync(wake, TestKeywordModel.StopPattern());

        // The wake's verdict waits for the arbitration window, so the command's result may come first:
        // each result is matched to its request by the sequence number it replies to.
        ResultFrame[] results = [await watch.NextAsync<ResultFrame>(), await watch.NextAsync<ResultFrame>()];
        ResultFrame verdict = Assert.Single(results, r => r.ReplyToSequence == wake);
        ResultFrame command = Assert.Single(results, r => r.ReplyToSequence == watch.LastSequence);
        Assert.Equal(Verdict.Accepted, verdict.Verdict);
        Assert.Equal("hey_nano", verdict.Label);
        Assert.Equal("stop", command.Label);
        Assert.Equal(Verdict.Accepted, command.Verdict);
        Assert.Equal(0x101, command.ActionCode);
    }

    [Fact]
    public async Task A_command_after_a_rejected_wake_is_rejected()
    {
        await using Watch watch = await _hub.WatchAsync("solo-d");
        await watch.WakeAsync(TestKeywordModel.Silence());
        await watch.CommandAsync(watch.LastSequence, TestKeywordModel.StopPattern());

        ResultFrame[] results = [await watch.NextAsync<ResultFrame>(), await watch.NextAsync<ResultFrame>()];
        Assert.Equal(2, results.Count(r => r.Verdict == Verdict.Rejected));
        Assert.Contains(results, r => r.ReplyToSequence == watch.LastSequence);
    }

    [Fact]
    public async Task The_group_gets_a_copy_of_every_result_and_the_results_are_stored()
    {
        await using Watch watch = await _hub.WatchAsync("solo-e");
        await using Watch listener = await _hub.WatchAsync("solo-e-other");
        await watch.WakeAsync(TestKeywordModel.WakePattern());
        await watch.NextAsync<ResultFrame>();

        using HttpClient http = _hub.CreateClient();
        List<ResultDelivery.StoredResult>? stored = await http.GetFromJsonAsync<List<ResultDelivery.StoredResult>>($"/api/results?device={watch.Id}");
        Assert.Equal("Accepted", Assert.Single(stored!).Verdict);
        DeviceThreshold? threshold = await http.GetFromJsonAsync<DeviceThreshold>($"/api/devices/{watch.Id}/threshold");
        Assert.Equal(0.6, threshold!.BaseThreshold, 3);
        Assert.Equal(1, threshold.Candidates);
    }

    [Fact]
    public async Task Many_rejected_candidates_make_a_devices_threshold_stricter_but_bounded()
    {
        await using Watch watch = await _hub.WatchAsync("solo-f");
        for (int i = 0; i < 8; i++)
        {
            await watch.WakeAsync(TestKeywordModel.Silence());
            await watch.NextAsync<ResultFrame>();
        }

        using HttpClient http = _hub.CreateClient();
        DeviceThreshold? threshold = await http.GetFromJsonAsync<DeviceThreshold>($"/api/devices/{watch.Id}/threshold");
        Assert.True(threshold!.Threshold > threshold.BaseThreshold);
        Assert.True(threshold.Threshold <= threshold.BaseThreshold + 0.2 + 1e-9);
        Assert.Equal(8, threshold.Rejects);
    }
}
