using WearableAI.Hub.Observability;

namespace WearableAI.Hub.Web;

/// <summary>Answer of <c>GET /api/system</c>.</summary>
/// <param name="Started">When the hub started.</param>
/// <param name="UptimeSeconds">Seconds since then.</param>
/// <param name="EventsPerSecond">Timeline entries per second over the last <paramref name="RateWindowSeconds"/>.</param>
/// <param name="RateWindowSeconds">The window of that rate (up to 60 s).</param>
/// <param name="LastTimelineId">Id of the newest timeline entry (0: none yet).</param>
/// <param name="DevicesOnline">Devices connected to the broker now.</param>
/// <param name="DevicesTotal">Devices provisioned.</param>
/// <param name="Rejects">Refused frames/messages by reason.</param>
/// <param name="InferenceLatency">The kept inference latencies.</param>
public sealed record SystemSnapshot(
    DateTimeOffset Started,
    double UptimeSeconds,
    double EventsPerSecond,
    double RateWindowSeconds,
    long LastTimelineId,
    int DevicesOnline,
    int DevicesTotal,
    IReadOnlyDictionary<string, long> Rejects,
    LatencySummary InferenceLatency);
