using System.Diagnostics;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>One utterance heard by both watches of a household: the two candidates' sequences and the verdict each watch got (null = none in time).</summary>
public sealed record Utterance(string Group, long SentAt, uint[] Sequences, ResultFrame?[] Verdicts, long DoneAt)
{
    /// <summary>Every candidate got its verdict.</summary>
    public bool Answered => Verdicts.All(v => v is not null);

    /// <summary>
    /// One watch answered and every other stood down naming it: the utterance was decided once, not split between
    /// workers. The winner's own verdict names itself, or no one when its candidate was alone in its round (the other
    /// arrived after the round was decided and stood down naming the winner: a late candidate, not a split).
    /// </summary>
    public bool OneWinner =>
        Answered
        && Verdicts.Count(v => v!.Verdict != Verdict.StandDown) == 1
        && Verdicts.Single(v => v!.Verdict != Verdict.StandDown) is { } winner
        && (winner.WinnerDeviceId.Length == 0 || winner.WinnerDeviceId == winner.DeviceId)
        && Verdicts.Where(v => v!.Verdict == Verdict.StandDown).All(v => v!.WinnerDeviceId == winner.DeviceId);

    public override string ToString() => $"{Group} #{string.Join("/", Sequences)}: " + string.Join(", ", Verdicts.Select(v => v is null
        ? "no verdict"
        : $"{v.DeviceId} {v.Verdict} {v.Arbitration} winner '{v.WinnerDeviceId}'"));

    /// <summary>Seconds from <paramref name="origin"/> (a Stopwatch timestamp) to when the verdicts were in.</summary>
    public double DoneSecondsAfter(long origin) => Stopwatch.GetElapsedTime(origin, DoneAt).TotalSeconds;
}
