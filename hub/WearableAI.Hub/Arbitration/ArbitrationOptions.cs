using System.ComponentModel.DataAnnotations;

namespace WearableAI.Hub.Arbitration;

/// <summary>Settings of wake arbitration (<c>Hub:Arbitration</c>).</summary>
public sealed class ArbitrationOptions
{
    public const string Section = "Hub:Arbitration";

    /// <summary>How long after the first candidate of a group the hub waits for the others (≤ 250 ms).</summary>
    [Range(0, 250)]
    public int WindowMs { get; set; } = 150;
}
