using Microsoft.Extensions.DependencyInjection;
using WearableAI.Hub.Arbitration;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Arbitration;

/// <summary>
/// The group grain itself (the Single-mode hub's in-process silo): a candidate that arrives after its phrase's round
/// closed its window but before that round is decided — its worker slower than the window, the round still waiting for
/// a measurement — must not open a round of its own, or two watches would both answer one phrase.
/// </summary>
public sealed class GroupRoundLateTests
{
    [Fact]
    public async Task A_candidate_arriving_while_its_phrase_is_being_decided_stands_down_with_that_rounds_verdict()
    {
        await using HubApp hub = await PipelineHub.StartAsync();
        IArbitrationGroupGrain group = hub.Services.GetRequiredService<IGrainFactory>().GetGrain<IArbitrationGroupGrain>("hall-" + Guid.NewGuid().ToString("N")[..8]);
        long spokenAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        // The first candidate's round: counted in and closed (the device thought itself alone), its measurement to come.
        await group.ArriveAsync("near", 1, spokenAt, expected: 1);
        // The other watch's candidate of the same phrase arrives now.
        Task<RoundAnswer> far = group.JoinAsync(Entry("far", voiceLevel: 40, spokenAt + 20), expected: 2);
        RoundAnswer near = await group.JoinAsync(Entry("near", voiceLevel: 90, spokenAt), expected: 1).Within();
        RoundAnswer late = await far.Within();

        Assert.Equal("near", near.Round.WinnerDeviceId);
        Assert.False(near.Late);
        Assert.True(late.Late);
        Assert.Equal("near", late.Round.WinnerDeviceId);
    }

    private static RoundEntry Entry(string deviceId, double voiceLevel, long madeAtMs) =>
        new(new RoundCandidate(deviceId, voiceLevel, 30, 0.9, 0.95, 0.5), 1, 80, 8, DateTimeOffset.UtcNow, madeAtMs);
}
