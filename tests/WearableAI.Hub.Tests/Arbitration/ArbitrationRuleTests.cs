using WearableAI.Hub.Arbitration;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Arbitration;

/// <summary>The arbitration decision as a table: each row a round (in arrival order) and who must answer, told what.</summary>
public sealed class ArbitrationRuleTests
{
    private const int LogScale = 8;
    private const double Threshold = 0.5;

    /// <summary>
    /// A candidate is written <c>"id level ambient confidence"</c>: the level the hub measured from its features, the
    /// ambient the watch reported, the hub model's wake probability ("-" when no model scored it; the threshold is
    /// then absent too).
    /// </summary>
    public static TheoryData<string, string[], string, Verdict> Rounds => new()
    {
        { "a lone candidate the hub verifies is accepted", ["a 40 -50 0.9"], "a", Verdict.Accepted },
        { "a lone candidate the hub does not verify is rejected", ["a 40 -50 0.2"], "a", Verdict.Rejected },
        { "without a hub model a lone candidate is unverified", ["a 40 -50 -"], "a", Verdict.Unverified },
        { "the louder of two watches in the same noise answers", ["far 30 -50 0.9", "near 46 -50 0.9"], "near", Verdict.Accepted },
        { "arriving first does not win", ["far 45 -50 0.95", "near 46 -50 0.95"], "near", Verdict.Accepted },
        { "a tenth of an octave is enough", ["b 40.0 -50 0.9", "a 40.8 -50 0.9"], "a", Verdict.Accepted },
        { "a higher confidence does not outvote a louder watch", ["far 30 -50 0.99", "near 38 -50 0.61"], "near", Verdict.Accepted },
        { "a verified candidate beats a louder one the hub rejects", ["tv 60 -50 0.1", "quiet 30 -50 0.8"], "quiet", Verdict.Accepted },
        { "when none is verified the loudest answers and is told rejected", ["a 30 -50 0.2", "b 50 -50 0.3"], "b", Verdict.Rejected },
        { "the watch beside a fan loses what the fan adds", ["fan 42 40 0.9", "clean 40 -50 0.9"], "clean", Verdict.Accepted },
        { "ambient far below the voice changes nothing: jitter in it cannot decide", ["a 40.8 -40 0.9", "b 40.0 -60 0.9"], "a", Verdict.Accepted },
        { "a watch that heard only its own noise scores lowest", ["noise 20 20 0.9", "other 10 -50 0.9"], "other", Verdict.Accepted },
        { "a tie goes to the earlier arrival", ["first 40 -50 0.9", "second 40 -50 0.95"], "first", Verdict.Accepted },
        { "of three, the loudest answers", ["a 35 -50 0.9", "b 44 -50 0.9", "c 39 -50 0.9"], "b", Verdict.Accepted },
        { "without a hub model the loudest answers unverified", ["a 35 -50 -", "b 44 -50 -"], "b", Verdict.Unverified },
    };

    [Theory]
    [MemberData(nameof(Rounds))]
    public void The_round_is_answered_by_the_expected_watch(string because, string[] round, string winner, Verdict verdict)
    {
        ArbitrationDecision decision = ArbitrationRule.Decide([.. round.Select(Parse)], LogScale);

        Assert.True(Parse(round[decision.Winner]).DeviceId == winner, $"{because}: {Parse(round[decision.Winner]).DeviceId} answered, not {winner}");
        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal(round.Length, decision.Scores.Count);
    }

    [Fact]
    public void The_reason_names_the_runner_up_and_says_when_a_louder_watch_was_not_verified()
    {
        ArbitrationDecision decision = ArbitrationRule.Decide([Parse("tv 60 -50 0.1"), Parse("quiet 30 -50 0.8")], LogScale);

        Assert.StartsWith("tv scored higher but the hub did not verify its wake word; ", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("(tv)", decision.Reason, StringComparison.Ordinal);
        Assert.EndsWith("arrived after tv", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_candidate_needs_no_reason()
    {
        Assert.Equal("", ArbitrationRule.Decide([Parse("a 40 -50 0.9")], LogScale).Reason);
    }

    [Fact]
    public void Doubling_the_distance_costs_two_octaves_of_score()
    {
        // −6 dB of amplitude is two octaves of power: 2 × logScale steps of level.
        Assert.Equal(2.0, ArbitrationRule.Score(56, -60, LogScale) - ArbitrationRule.Score(40, -60, LogScale), precision: 3);
    }

    [Fact]
    public void The_level_is_the_mean_energy_of_the_loudest_frames()
    {
        // 20 frames of 32 bands: ten at feature 0 (frame energy 8·log2(32) = 40), ten at −128 (silent).
        var features = new sbyte[20 * 32];
        Array.Fill(features, (sbyte)-128);
        Array.Fill(features, (sbyte)0, 5 * 32, VoiceLevel.LoudestFrames * 32);

        Assert.Equal(40.0, VoiceLevel.Of(features, 20, 32, LogScale), precision: 3);
        Assert.Equal(56.0, VoiceLevel.Of([.. features.Select(f => f == 0 ? (sbyte)16 : f)], 20, 32, LogScale), precision: 3);
    }

    private static RoundCandidate Parse(string text)
    {
        string[] p = text.Split(' ');
        double? confidence = p[3] == "-" ? null : double.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture);
        return new RoundCandidate(p[0], double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), short.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture),
            WatchScore: 0.5, confidence, confidence is null ? null : Threshold);
    }
}
