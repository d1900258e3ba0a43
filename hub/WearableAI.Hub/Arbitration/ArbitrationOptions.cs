using System.ComponentModel.DataAnnotations;

namespace WearableAI.Hub.Arbitration;

/// <summary>Settings of wake arbitration (<c>Hub:Arbitration</c>).</summary>
public sealed class ArbitrationOptions
{
    public const string Section = "Hub:Arbitration";

    /// <summary>
    /// How long after the first candidate of a group the hub waits for the others (default 150 ms; DESIGN.md's
    /// decision budget is 250 ms). Up to 1,000 ms for watches whose candidates for one phrase arrive further
    /// apart (a tiny model that fires earlier on a loud watch than on a quiet one), at the cost of that budget.
    /// </summary>
    [Range(0, 1000)]
    public int WindowMs { get; set; } = 150;

    /// <summary>
    /// How far from a decided round's phrase a candidate from a device that was not in it still counts as that phrase's,
    /// and stands down naming the winner (default 1,500 ms: a watch's verdict wait, within which it re-sends a candidate
    /// that got no verdict). Measured between the candidates' timestamps (the watches' clocks, so a copy that arrives
    /// late still counts), or — when a watch has no clock — from the decision to the arrival. Without it, a candidate
    /// delayed past the window (a re-send after a worker died) would open a round of its own and a second watch would
    /// answer the same phrase.
    /// </summary>
    [Range(0, 10_000)]
    public int LateMs { get; set; } = 1500;
}
