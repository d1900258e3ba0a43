using System.Globalization;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Arbitration;

/// <summary>
/// Which device of a round answers: a pure function of the candidates (<see cref="Decide"/>), tested by a
/// table of cases; <see cref="WakeArbiter"/> only collects the round and applies the decision.
/// <list type="number">
/// <item>A candidate the hub model verifies (confidence ≥ its device's threshold) beats any it does not: the
/// utterance is answered by a watch that heard the wake word. With none verified, all compete and the winner is
/// told "rejected".</item>
/// <item>Among those, the highest <see cref="Score"/> wins: the speech level the watch heard, in octaves
/// of power (<c>logScale</c> steps, 3 dB), with its own noise taken out — <c>log2(2^(level/s) − 2^(ambient/s))</c>,
/// at most <see cref="MaxNoisePenalty"/> octaves below the level. The nearest watch hears the phrase loudest
/// (−6 dB, two octaves, per doubling of distance); a watch beside a fan loses the part of its level that is the fan.</item>
/// <item>A tie goes to the earlier arrival. Arrival order alone never decides, and neither does the hub
/// model's confidence once a candidate is verified.</item>
/// </list>
/// </summary>
/// <remarks>
/// Why confidence no longer weighs in the score (it was <c>snr + 2 × confidence</c>): the verified candidates of
/// one utterance had confidences within 0.05 of each other on the bench fleet, and no relation to distance, while
/// neighbouring watches' levels differ by a tenth of an octave (1.43 m vs 1.49 m is 0.35 dB); a weight
/// small enough not to outvote the level would only add noise. Why the level is measured by the hub: see
/// <see cref="VoiceLevel"/>. Why the noise is taken out by power, not by a ratio: the watch's ambient figure
/// jitters by ±2 steps between watches of one room; as a ratio (<c>level − ambient</c>) that jitter decided 3 of
/// 30 rounds wrongly, as a power it only counts when the noise comes near the voice.
/// </remarks>
public static class ArbitrationRule
{
    /// <summary>The most a watch's own noise can lower its score, in octaves (a watch that heard only noise).</summary>
    public const double MaxNoisePenalty = 4;

    /// <summary>Decides a round of at least one candidate, given in arrival order.</summary>
    /// <param name="round">The candidates.</param>
    /// <param name="logScale">Feature steps per octave (the manifest's front end).</param>
    public static ArbitrationDecision Decide(IReadOnlyList<RoundCandidate> round, int logScale)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Count == 0)
        {
            throw new ArgumentException("a round has at least one candidate", nameof(round));
        }

        double[] scores = [.. round.Select(c => Score(c.VoiceLevel, c.AmbientEnergy, logScale))];
        bool anyVerified = round.Any(c => c.Verified);
        int winner = Best(scores, i => !anyVerified || round[i].Verified);
        RoundCandidate w = round[winner];
        Verdict verdict = w.HubConfidence is null || w.Threshold is null ? Verdict.Unverified : w.Verified ? Verdict.Accepted : Verdict.Rejected;
        return new ArbitrationDecision(winner, verdict, scores, round.Count == 1 ? "" : Reason(round, scores, winner));
    }

    /// <summary>The speech level a watch heard in octaves, its noise taken out (at most <see cref="MaxNoisePenalty"/> octaves).</summary>
    /// <param name="voiceLevel">The level of its loudest frames (<see cref="VoiceLevel"/>).</param>
    /// <param name="ambient">Its noise floor.</param>
    /// <param name="logScale">Feature steps per octave.</param>
    public static double Score(double voiceLevel, double ambient, int logScale)
    {
        double s = Math.Max(1, logScale);
        double level = voiceLevel / s;
        double left = 1 - Math.Pow(2, (ambient - voiceLevel) / s);
        double penalty = left > 0 ? Math.Min(MaxNoisePenalty, -Math.Log2(left)) : MaxNoisePenalty;
        return level - penalty;
    }

    private static int Best(double[] scores, Func<int, bool> eligible)
    {
        int best = -1;
        for (int i = 0; i < scores.Length; i++)
        {
            if (eligible(i) && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static string Reason(IReadOnlyList<RoundCandidate> round, double[] scores, int winner)
    {
        int runnerUp = Best(scores, i => i != winner);
        RoundCandidate w = round[winner], r = round[runnerUp];
        string reason = string.Create(CultureInfo.InvariantCulture,
            $"score {scores[winner]:0.00} vs {scores[runnerUp]:0.00} ({r.DeviceId}): the speech it heard, in octaves of power (level {w.VoiceLevel:0.0} vs {r.VoiceLevel:0.0}, ambient {w.AmbientEnergy} vs {r.AmbientEnergy}), confidence {w.HubConfidence ?? w.WatchScore:0.00} vs {r.HubConfidence ?? r.WatchScore:0.00}; {(winner == 0 ? "arrived first" : "arrived after " + round[0].DeviceId)}");
        int loudest = Best(scores, _ => true);
        return loudest == winner ? reason : $"{round[loudest].DeviceId} scored higher but the hub did not verify its wake word; " + reason;
    }
}
