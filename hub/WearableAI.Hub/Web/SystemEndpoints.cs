using WearableAI.Hub.Observability;
using WearableAI.Hub.Storage;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Web;

/// <summary><c>GET /api/system</c> (events/s, rejects, inference latency, uptime, devices) and its per-device view.</summary>
public static class SystemEndpoints
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(60);

    /// <summary>Maps the system endpoints.</summary>
    public static IEndpointRouteBuilder MapSystemApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api/system").WithTags("system");
        api.MapGet("/", GetAsync)
            .WithSummary("Events per second, rejects by reason, inference latency samples, uptime and connected devices.")
            .Produces<SystemSnapshot>();
        api.MapGet("/devices/{id}", GetDeviceAsync)
            .WithSummary("One device's rejects by reason and inference latency samples.")
            .Produces<DeviceStatsSnapshot>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> GetAsync(SystemStats stats, TimelineFeed feed, DeviceStore devices, TimeProvider time, CancellationToken cancellationToken)
    {
        IReadOnlyList<DeviceRecord> all = await devices.ListAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<TimelineEntry> recent = feed.Recent();
        (double rate, double window) = EventRate(recent, time.GetUtcNow(), stats.Started);
        var snapshot = new SystemSnapshot(
            stats.Started,
            Math.Round(stats.Uptime.TotalSeconds, 1),
            rate,
            window,
            recent.Count == 0 ? 0 : recent[^1].Id,
            all.Count(d => d.Online),
            all.Count,
            stats.Rejects(),
            LatencySummary.Of(stats.Latencies()));
        return TypedResults.Json(snapshot, AppJson.Options);
    }

    private static async Task<IResult> GetDeviceAsync(string id, SystemStats stats, DeviceStore devices, CancellationToken cancellationToken)
    {
        if (!HubTopics.IsValidId(id))
        {
            return AppProblem.BadRequest("The device id must be 1..32 characters of a-z, 0-9, '_' and '-'.");
        }

        if (await devices.FindAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return AppProblem.NotFound("No such device", $"No device has the id '{id}'.");
        }

        return TypedResults.Json(new DeviceStatsSnapshot(id, stats.Rejects(id), LatencySummary.Of(stats.Latencies(id))), AppJson.Options);
    }

    /// <summary>
    /// Entries per second over the last minute (or since the hub started, if later; or since the oldest
    /// kept entry when the feed's history is full and shorter than that).
    /// </summary>
    internal static (double Rate, double WindowSeconds) EventRate(IReadOnlyList<TimelineEntry> recent, DateTimeOffset now, DateTimeOffset started)
    {
        DateTimeOffset from = now - RateWindow;
        if (started > from)
        {
            from = started;
        }

        if (recent.Count >= TimelineFeed.HistorySize && recent[0].Time > from)
        {
            from = recent[0].Time;
        }

        double window = Math.Max((now - from).TotalSeconds, 1);
        int count = recent.Count(e => e.Time >= from);
        return (Math.Round(count / window, 2), Math.Round(window, 1));
    }
}
