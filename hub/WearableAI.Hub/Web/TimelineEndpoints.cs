using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Timeline;

namespace WearableAI.Hub.Web;

/// <summary>
/// The timeline for the hub app: <c>GET /api/timeline?after=ID</c> (the kept entries as JSON) and
/// <c>GET /api/timeline/stream</c> (Server-Sent Events: each entry as <c>id:</c> + <c>data:</c> JSON,
/// resuming after <c>Last-Event-ID</c>, with a comment line as heartbeat).
/// </summary>
public static class TimelineEndpoints
{
    /// <summary>Maps the timeline endpoints.</summary>
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api/timeline").WithTags("timeline");
        api.MapGet("/", List)
            .WithSummary("Kept timeline entries after an id (oldest first), optionally of one device.")
            .Produces<TimelineEntry[]>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/stream", StreamAsync)
            .WithSummary("Server-Sent Events: kept entries after Last-Event-ID (or ?after=), then each new entry live; a ': heartbeat' comment when idle.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static IResult List(string? after, string? device, TimelineFeed feed)
    {
        if (!AppProblem.TryParsePosition(after, out long afterId))
        {
            return AppProblem.BadRequest($"'after' must be a timeline entry id (a whole number ≥ 0), got '{after}'.");
        }

        if (device is not null && !HubTopics.IsValidId(device))
        {
            return AppProblem.BadRequest("'device' must be a device id: 1..32 characters of a-z, 0-9, '_' and '-'.");
        }

        IEnumerable<TimelineEntry> entries = feed.Recent(afterId);
        if (device is not null)
        {
            entries = entries.Where(e => e.DeviceId == device);
        }

        return TypedResults.Json(entries.ToArray(), AppJson.Options);
    }

    private static async Task StreamAsync(
        HttpContext context, string? after, TimelineFeed feed, TimeProvider time, IOptions<WebOptions> options, IHostApplicationLifetime lifetime)
    {
        string lastEventId = context.Request.Headers["Last-Event-ID"].ToString();
        string? position = lastEventId.Length > 0 ? lastEventId : after;
        if (!AppProblem.TryParsePosition(position, out long afterId))
        {
            await AppProblem.BadRequest($"'Last-Event-ID' / 'after' must be a timeline entry id (a whole number ≥ 0), got '{position}'.")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        HttpResponse response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var heartbeatEvery = TimeSpan.FromSeconds(options.Value.StreamHeartbeatSeconds);
        await WriteAsync(response, "retry: 2000\n\n", stop.Token).ConfigureAwait(false);

        IAsyncEnumerator<TimelineEntry> entries = feed.SubscribeAsync(afterId, stop.Token).GetAsyncEnumerator(stop.Token);
        Task<bool> next = entries.MoveNextAsync().AsTask();
        Task heartbeat = Task.Delay(heartbeatEvery, time, stop.Token);
        try
        {
            while (true)
            {
                Task woke = await Task.WhenAny(next, heartbeat).ConfigureAwait(false);
                if (woke == next)
                {
                    if (!await next.ConfigureAwait(false))
                    {
                        break;
                    }

                    await WriteAsync(response, Format(entries.Current), stop.Token).ConfigureAwait(false);
                    next = entries.MoveNextAsync().AsTask();
                }
                else
                {
                    await heartbeat.ConfigureAwait(false);
                    await WriteAsync(response, ": heartbeat\n\n", stop.Token).ConfigureAwait(false);
                    heartbeat = Task.Delay(heartbeatEvery, time, stop.Token);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The browser went away or the hub is stopping: the stream simply ends.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await next.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected: the subscription was cancelled above.
            }

            await entries.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One entry as an SSE event (JSON has no raw newlines, so one <c>data:</c> line).</summary>
    internal static string Format(TimelineEntry entry) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"id: {entry.Id}\ndata: {JsonSerializer.Serialize(entry, AppJson.Options)}\n\n");

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
