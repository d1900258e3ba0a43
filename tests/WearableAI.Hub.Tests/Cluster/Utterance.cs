using System.Diagnostics;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>One utterance heard by both watches of a household: the two candidates' sequences and the verdict each watch got (null = none in time).</summary>
public sealed record Utterance(string Group, long SentAt, uint[] Sequences, ResultFrame?[] Verdicts, long DoneAt)
{
    /// <summary>Every candidate got its verdict.</summary>
    public bool Answered => Verdicts.All(v => v is not null);

    /// <summary>One watch won and the other stood down naming it: the round was decided once, not split between workers.</summary>
    public bool OneWinner =>
        Answered
        && Verdicts.Count(v => v!.Verdict != Verdict.StandDown) == 1
        && Verdicts.Select(v => v!.WinnerDeviceId).Distinct().Count() == 1
        && Verdicts.Single(v => v!.Verdict != Verdict.StandDown)!.DeviceId == Verdicts[0]!.WinnerDeviceId;

    public override string ToString() => $"{Group} #{string.Join("/", Sequences)}: " + string.Join(", ", Verdicts.Select(v => v is null
        ? "no verdict"
        : $"{v.DeviceId} {v.Verdict} {v.Arbitration} winner '{v.WinnerDeviceId}'"));

    /// <summary>Seconds from <paramref name="origin"/> (a Stopwatch timestamp) to when the verdicts were in.</summary>
    public double DoneSecondsAfter(long origin) => Stopwatch.GetElapsedTime(origin, DoneAt).TotalSeconds;
}
