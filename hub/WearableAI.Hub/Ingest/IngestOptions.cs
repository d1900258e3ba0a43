using System.ComponentModel.DataAnnotations;

namespace WearableAI.Hub.Ingest;

/// <summary>Settings of frame ingest (<c>Hub:Ingest</c>).</summary>
public sealed class IngestOptions
{
    public const string Section = "Hub:Ingest";

    /// <summary>Frames per second a device may send on its event topic, on average (token refill rate).</summary>
    [Range(0.1, 10000)]
    public double RateLimitPerSecond { get; set; } = 20;

    /// <summary>Frames a device may send at once (bucket size).</summary>
    [Range(1, 100000)]
    public int RateLimitBurst { get; set; } = 40;

    /// <summary>Frames handled concurrently (wake candidates, commands) — lets the model batch them.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 8;

    /// <summary>
    /// A wake candidate or command older than this (its frame timestamp) was queued on the watch while
    /// the hub was unreachable: the watch already acted unverified; it is stored and shown, not answered.
    /// </summary>
    [Range(1, 86400)]
    public int StaleAfterSeconds { get; set; } = 30;
}
