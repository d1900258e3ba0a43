using System.Net.Http.Json;
using WearableAI.Hub.Arbitration;
using WearableAI.Hub.Tests.Pipeline;
using WearableAI.Hub.Tests.Support;
using WearableAI.Hub.Timeline;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Arbitration;

/// <summary>Scripted scenes: several watches of one group hear the same "hey nano".</summary>
public sealed class WakeArbitrationTests : IAsyncLifetime
{
    private HubApp _hub = null!;

    public async Task InitializeAsync() => _hub = await PipelineHub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task The_closer_device_wins_even_when_the_quieter_one_arrives_first()
    {
        await using Watch far = await _hub.WatchAsync("kitchen");
        await using Watch near = await _hub.WatchAsync("kitchen");
        await TimelineWait.HelloAllAsync(_hub, far, near);
        Task<TimelineEntry> shown = TimelineWait.ForAsync(_hub, e => e.Kind == TimelineKind.Arbitration && e.GroupId == "kitchen");
        Task<TimelineEntry> farHeard = TimelineWait.ForAsync(_hub, e => e.Kind == TimelineKind.WakeCandidate && e.DeviceId == far.Id);

        // Two connections give no order at the hub by themselves: the near one sends once the hub has the far one's.
        // The far one is twice as far: it hears the phrase 6 dB (16 log steps) quieter.
        await far.WakeAsync(TestKeywordModel.Shifted(TestKeywordModel.WakePattern(), -16), voice: 45, ambient: 35);
        await farHeard.Within();
        await near.WakeAsync(TestKeywordModel.WakePattern(), voice: 95, ambient: 35);

        ResultFrame winner = await near.NextAsync<ResultFrame>();
        ResultFrame loser = await far.NextAsync<ResultFrame>();
        Assert.Equal((Verdict.Accepted, ArbitrationOutcome.Won), (winner.Verdict, winner.Arbitration));
        Assert.Equal((Verdict.StandDown, ArbitrationOutcome.Lost), (loser.Verdict, loser.Arbitration));
        Assert.Equal(near.Id, loser.WinnerDeviceId);
        Assert.Equal(far.LastSequence, loser.ReplyToSequence);
        Assert.Equal(near.Id, (await shown).DeviceId);

        using HttpClient http = _hub.CreateClient();
        List<ArbitrationRecord>? stored = await http.GetFromJsonAsync<List<ArbitrationRecord>>("/api/arbitrations?group=kitchen");
        ArbitrationRecord decision = Assert.Single(stored!);
        Assert.Equal(near.Id, decision.WinnerDeviceId);
        Assert.Equal(2, decision.Candidates.Count);
        Assert.Equal(far.Id, decision.Candidates[0].DeviceId); // arrival order kept: the quiet one came first
    }

    [Fact]
    public async Task Of_three_devices_the_one_that_heard_the_phrase_best_answers_and_both_others_stand_down()
    {
        await using Watch a = await _hub.WatchAsync("living");
        await using Watch b = await _hub.WatchAsync("living");
        await using Watch c = await _hub.WatchAsync("living");
        await TimelineWait.HelloAllAsync(_hub, a, b, c);

        // b is loudest in absolute terms but sits next to a fan (its noise floor near its level); c hears the phrase best.
        await b.WakeAsync(TestKeywordModel.WakePattern(), voice: 110, ambient: 128);
        await a.WakeAsync(TestKeywordModel.Shifted(TestKeywordModel.WakePattern(), -24), voice: 60, ambient: 40);
        await c.WakeAsync(TestKeywordModel.Shifted(TestKeywordModel.WakePattern(), -8), voice: 80, ambient: 20);

        ResultFrame rc = await c.NextAsync<ResultFrame>();
        ResultFrame ra = await a.NextAsync<ResultFrame>();
        ResultFrame rb = await b.NextAsync<ResultFrame>();
        Assert.Equal(ArbitrationOutcome.Won, rc.Arbitration);
        Assert.All(new[] { ra, rb }, r =>
        {
            Assert.Equal(Verdict.StandDown, r.Verdict);
            Assert.Equal(c.Id, r.WinnerDeviceId);
        });
    }

    [Fact]
    public async Task A_verified_candidate_answers_even_when_a_louder_device_sent_something_the_hub_rejects()
    {
        await using Watch loud = await _hub.WatchAsync("hall");
        await using Watch quiet = await _hub.WatchAsync("hall");
        await TimelineWait.HelloAllAsync(_hub, loud, quiet);
        Task<TimelineEntry> shown = TimelineWait.ForAsync(_hub, e => e.Kind == TimelineKind.Arbitration && e.GroupId == "hall");

        // The loud watch triggered on a louder window without the wake word (the hub model rejects it).
        await loud.WakeAsync(TestKeywordModel.StopPattern(), voice: 110, ambient: 20);
        await quiet.WakeAsync(TestKeywordModel.Shifted(TestKeywordModel.WakePattern(), -16), voice: 50, ambient: 30);

        ResultFrame answered = await quiet.NextAsync<ResultFrame>();
        ResultFrame stoodDown = await loud.NextAsync<ResultFrame>();
        Assert.Equal((Verdict.Accepted, ArbitrationOutcome.Won), (answered.Verdict, answered.Arbitration));
        Assert.Equal((Verdict.StandDown, quiet.Id), (stoodDown.Verdict, stoodDown.WinnerDeviceId));
        TimelineEntry entry = await shown;
        Assert.Equal(quiet.Id, entry.DeviceId);
        Assert.Contains($"{loud.Id} scored higher but the hub did not verify its wake word", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_made_with_a_decided_phrase_stands_down_however_late_it_arrives_and_a_later_phrase_is_its_own()
    {
        await using Watch near = await _hub.WatchAsync("porch");
        await using Watch far = await _hub.WatchAsync("porch");
        await TimelineWait.HelloAllAsync(_hub, near, far);
        long spokenAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await near.WakeAsync(TestKeywordModel.WakePattern(), voice: 95);
        Assert.Equal(Verdict.Accepted, (await near.NextAsync<ResultFrame>()).Verdict);

        // The far watch's candidate of that phrase comes long after the round was decided — past the late period
        // counted on the hub's clock (a copy re-sent after its worker died, held up while the cluster noticed).
        await Task.Delay(TimeSpan.FromMilliseconds(new ArbitrationOptions().LateMs + 500));
        await far.SendRawAsync(Candidate(sequence: 1000, madeAtMs: spokenAt));
        ResultFrame late = await far.NextAsync<ResultFrame>();
        Assert.Equal((Verdict.StandDown, ArbitrationOutcome.Lost, near.Id), (late.Verdict, late.Arbitration, late.WinnerDeviceId));

        // Made now, well after that phrase: a phrase of its own, answered by the far watch.
        await far.WakeAsync(TestKeywordModel.WakePattern(), voice: 60);
        ResultFrame own = await far.NextAsync<ResultFrame>();
        Assert.Equal(Verdict.Accepted, own.Verdict);
        Assert.Equal(far.LastSequence, own.ReplyToSequence);
    }

    [Fact]
    public async Task A_device_alone_in_its_group_is_answered_at_once_as_solo()
    {
        await using Watch alone = await _hub.WatchAsync("attic");
        await alone.WakeAsync(TestKeywordModel.WakePattern());

        ResultFrame result = await alone.NextAsync<ResultFrame>();
        Assert.Equal(ArbitrationOutcome.Solo, result.Arbitration);
        Assert.Equal("", result.WinnerDeviceId);
    }

    private static byte[] Candidate(uint sequence, long madeAtMs)
    {
        var frame = new WakeCandidateFrame
        {
            Sequence = sequence, TimestampMs = madeAtMs, Score = 30000, VoiceEnergy = 70, AmbientEnergy = 30, PreRollFrames = 2,
            BandCount = TestKeywordModel.Bands, FrameCount = TestKeywordModel.Frames, Features = TestKeywordModel.WakePattern(),
        };
        return FrameCodec.ToArray(frame);
    }
}
