using System.Diagnostics;
using WearableAI.Shared.Protocol;
using WearableAI.Fleet;

namespace WearableAI.Tools.Tests.Fleet;

public class ArbitrationScoringTests
{
    private static readonly Utterance Said = new(0, "home", new Position(0, 0), ["hey_nano", "stop"], 0, 0.25);
    private static readonly (string, double)[] Room = [("near", 1.0), ("mid", 2.0), ("far", 4.0)];
    private static readonly long T0 = Stopwatch.GetTimestamp();

    [Fact]
    public void The_nearest_watch_winning_counts_as_correct()
    {
        UtteranceOutcome o = ArbitrationScoring.Score(0, Said, Room, [Heard("near", 0, ArbitrationOutcome.Won, 120), Heard("far", 30, ArbitrationOutcome.Lost, 121)]);
        Assert.True(o.Decided);
        Assert.True(o.NearestWon);
        Assert.Equal("near", o.Nearest);
        Assert.Equal(["near", "far"], o.Heard);
    }

    [Fact]
    public void A_farther_watch_winning_counts_as_wrong()
    {
        UtteranceOutcome o = ArbitrationScoring.Score(0, Said, Room, [Heard("near", 0, ArbitrationOutcome.Lost, 100), Heard("mid", 10, ArbitrationOutcome.Won, 100)]);
        Assert.Equal("mid", o.Winner);
        Assert.False(o.NearestWon);
    }

    [Fact]
    public void A_watch_alone_in_its_round_is_the_winner()
    {
        UtteranceOutcome o = ArbitrationScoring.Score(0, Said, Room, [Heard("near", 0, ArbitrationOutcome.Solo, 15)]);
        Assert.True(o.NearestWon);
    }

    [Fact]
    public void Candidates_split_over_two_rounds_show_as_two_watches_answering_and_the_first_answer_counts()
    {
        UtteranceOutcome o = ArbitrationScoring.Score(0, Said, Room, [Heard("far", 0, ArbitrationOutcome.Won, 150), Heard("mid", 10, ArbitrationOutcome.Lost, 150), Heard("near", 200, ArbitrationOutcome.Solo, 360)]);
        Assert.Equal(2, o.Winners);
        Assert.Equal("far", o.Winner);
        Assert.False(o.NearestWon);
        Assert.Equal(200, o.SpreadMs!.Value, 1);
        Assert.Equal(["won", "lost", "solo"], o.Candidates.Select(c => c.Outcome));
    }

    [Fact]
    public void No_candidate_means_no_decision_and_no_win()
    {
        UtteranceOutcome o = ArbitrationScoring.Score(0, Said, Room, []);
        Assert.False(o.Decided);
        Assert.False(o.NearestWon);
        Assert.Null(o.DecisionMs);
    }

    [Fact]
    public void Decision_time_runs_from_the_first_candidate_of_the_room_to_the_winners_result()
    {
        UtteranceOutcome o = ArbitrationScoring.Score(0, Said, Room, [Heard("mid", 0, ArbitrationOutcome.Lost, 150), Heard("near", 40, ArbitrationOutcome.Won, 160)]);
        Assert.Equal(160, o.DecisionMs!.Value, 1);
        Assert.Equal(120, o.WakeLatencyMs!.Value, 1);
    }

    [Fact]
    public void The_command_label_and_its_latencies_come_from_the_winner()
    {
        HeardCandidate near = Heard("near", 0, ArbitrationOutcome.Won, 100) with
        {
            Command = new SentFrame(FrameKind.CommandFeatures, 2, 1300, At(900), 1900),
            CommandResult = new ReceivedResult(2, Verdict.Accepted, ArbitrationOutcome.Solo, "stop", "", 30000, At(912), 1912),
            CommandSpeechEndMs = 1500,
        };
        UtteranceOutcome o = ArbitrationScoring.Score(0, Said, Room, [near]);
        Assert.Equal("stop", o.CommandLabel);
        Assert.True(o.CommandUnderstood);
        Assert.Equal(12, o.CommandLatencyMs!.Value, 1);
        Assert.Equal(412, o.CommandSpeechEndMs!.Value, 1);
    }

    [Fact]
    public void The_distance_ratio_says_how_clear_the_nearest_watch_is()
    {
        Assert.Equal(2.0, ArbitrationScoring.Score(0, Said, Room, []).DistanceRatio);
        Assert.True(ArbitrationScoring.Score(0, Said, Room, []).ClearNearest);
        Assert.False(ArbitrationScoring.Score(0, Said, [("a", 1.0), ("b", 1.2)], []).ClearNearest);
        Assert.Null(ArbitrationScoring.Score(0, Said, [("a", 1.0)], []).DistanceRatio);
    }

    private static HeardCandidate Heard(string watch, double sentMs, ArbitrationOutcome outcome, double resultMs) =>
        new(watch, Room.First(r => r.Item1 == watch).Item2,
            new SentFrame(FrameKind.WakeCandidate, 1, 1566, At(sentMs), 1000 + sentMs),
            new ReceivedResult(1, outcome == ArbitrationOutcome.Lost ? Verdict.StandDown : Verdict.Accepted, outcome, "hey_nano", "", 30000, At(resultMs), 1000 + resultMs),
            null, null, 1000, null);

    private static long At(double ms) => T0 + (long)(ms * Stopwatch.Frequency / 1000);
}
