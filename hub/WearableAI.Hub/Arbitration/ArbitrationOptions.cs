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
}
