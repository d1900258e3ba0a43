using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Arbitration;

/// <summary>What a round decided: who answers, what it is told, each candidate's score, and why.</summary>
/// <param name="Winner">Index of the answering candidate (arrival order).</param>
/// <param name="Verdict">The winner's wake verdict: accepted, rejected, or unverified (no hub model score).</param>
/// <param name="Scores">Each candidate's <see cref="ArbitrationRule.Score"/>, in arrival order.</param>
/// <param name="Reason">One sentence a person reads on the timeline and in <c>/api/arbitrations</c> (empty when solo).</param>
public sealed record ArbitrationDecision(int Winner, Verdict Verdict, IReadOnlyList<double> Scores, string Reason);
