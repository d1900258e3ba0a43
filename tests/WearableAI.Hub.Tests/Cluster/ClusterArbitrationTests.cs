using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Resilience;
using WearableAI.Hub.Tests.Support;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// Arbitration across two hub workers (real Mosquitto, Redis membership, PostgreSQL, Orleans): the two watches of a
/// household hear one phrase, the broker hands their candidates to different workers, and the group's round — one
/// Orleans grain on one of them — still gives both the same winner, each candidate exactly one verdict.
/// </summary>
[Collection(ClusterServicesCollection.Name)]
public sealed class ClusterArbitrationTests(ClusterServices services)
{
    [ClusterFact]
    public async Task Both_watches_of_a_phrase_name_the_same_winner_when_their_candidates_reach_different_workers()
    {
        await using ClusterWorkers cluster = await ClusterWorkers.StartAsync(services, count: 2);
        Watch near = await cluster.WatchAsync("kitchen");
        Watch far = await cluster.WatchAsync("kitchen");

        const int Phrases = 6;
        int split = 0;
        for (int i = 0; i < Phrases; i++)
        {
            // The far watch is twice as far: it hears the phrase 6 dB (16 log steps) quieter.
            await far.WakeAsync(TestKeywordModel.Shifted(TestKeywordModel.WakePattern(), -16), voice: 45, ambient: 35);
            await near.WakeAsync(TestKeywordModel.WakePattern(), voice: 95, ambient: 35);
            ResultFrame nearVerdict = await near.NextAsync<ResultFrame>();
            ResultFrame farVerdict = await far.NextAsync<ResultFrame>();

            Assert.Equal((Verdict.Accepted, ArbitrationOutcome.Won, near.LastSequence), (nearVerdict.Verdict, nearVerdict.Arbitration, nearVerdict.ReplyToSequence));
            Assert.Equal((Verdict.StandDown, ArbitrationOutcome.Lost, far.LastSequence), (farVerdict.Verdict, farVerdict.Arbitration, farVerdict.ReplyToSequence));
            Assert.Equal(near.Id, nearVerdict.WinnerDeviceId);
            Assert.Equal(near.Id, farVerdict.WinnerDeviceId);
            if (cluster.WorkerOf(near, near.LastSequence) != cluster.WorkerOf(far, far.LastSequence))
            {
                split++;
            }
        }

        // The broker rotates the share group's messages: some phrases' two candidates went to different workers.
        Assert.True(split > 0, "every phrase's two candidates reached the same worker; the test proves nothing");
        HubDatabase store = cluster.Workers[0].Services.GetRequiredService<HubDatabase>();
        Assert.Equal((2L * Phrases, 2L * Phrases), await ClusterWorkers.WakeResultsAsync(store));
        Assert.Equal(Phrases, await Arbitrations(store, Phrases));
    }

    [ClusterFact]
    public async Task A_candidate_arriving_after_its_phrase_was_decided_stands_down_naming_the_winner()
    {
        // A long late period: on a loaded machine the second send may come well after the first verdict.
        await using ClusterWorkers cluster = await ClusterWorkers.StartAsync(services, count: 2, new() { ["Hub:Arbitration:LateMs"] = "10000" });
        Watch first = await cluster.WatchAsync("hall");
        Watch late = await cluster.WatchAsync("hall");

        await first.WakeAsync(TestKeywordModel.WakePattern());
        ResultFrame answered = await first.NextAsync<ResultFrame>();
        await late.WakeAsync(TestKeywordModel.WakePattern(), voice: 120);
        ResultFrame stoodDown = await late.NextAsync<ResultFrame>();

        Assert.Equal(Verdict.Accepted, answered.Verdict);
        Assert.Equal((Verdict.StandDown, ArbitrationOutcome.Lost, first.Id), (stoodDown.Verdict, stoodDown.Arbitration, stoodDown.WinnerDeviceId));
    }

    [ClusterFact]
    public async Task A_resent_candidate_gets_the_same_verdict_again_and_no_second_round()
    {
        await using ClusterWorkers cluster = await ClusterWorkers.StartAsync(services, count: 2);
        Watch near = await cluster.WatchAsync("office");
        Watch far = await cluster.WatchAsync("office");

        byte[] farCandidate = await far.WakeAsync(TestKeywordModel.Shifted(TestKeywordModel.WakePattern(), -16), voice: 45, ambient: 35);
        await near.WakeAsync(TestKeywordModel.WakePattern(), voice: 95, ambient: 35);
        ResultFrame nearVerdict = await near.NextAsync<ResultFrame>();
        ResultFrame farVerdict = await far.NextAsync<ResultFrame>();

        // The far watch got no verdict (say its worker died): it sends the very same candidate again, twice.
        await far.SendRawAsync(farCandidate);
        await far.SendRawAsync(farCandidate);
        ResultFrame again = await far.NextAsync<ResultFrame>();
        ResultFrame andAgain = await far.NextAsync<ResultFrame>();

        Assert.Equal((Verdict.Accepted, near.Id), (nearVerdict.Verdict, nearVerdict.WinnerDeviceId));
        foreach (ResultFrame repeat in new[] { again, andAgain })
        {
            Assert.Equal((farVerdict.ReplyToSequence, farVerdict.Verdict, farVerdict.Arbitration, farVerdict.WinnerDeviceId),
                (repeat.ReplyToSequence, repeat.Verdict, repeat.Arbitration, repeat.WinnerDeviceId));
        }

        HubDatabase store = cluster.Workers[0].Services.GetRequiredService<HubDatabase>();
        Assert.Equal((2L, 2L), await ClusterWorkers.WakeResultsAsync(store));
        Assert.Equal(1, await Arbitrations(store, 1));
    }

    /// <summary>Stored multi-device decisions, once there are <paramref name="expected"/> (the winner's worker stores it after answering).</summary>
    private static Task<long> Arbitrations(HubDatabase store, long expected) => HubQueries.UntilAsync(async () =>
    {
        await using DbConnection connection = await store.OpenAsync();
        await using DbCommand command = connection.Command("SELECT COUNT(*) FROM arbitrations");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }, count => count >= expected);
}
