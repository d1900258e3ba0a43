using Microsoft.AspNetCore.Http.HttpResults;
using WearableAI.Hub.Arbitration;
using WearableAI.Hub.Inference;
using WearableAI.Hub.ResultDelivery;
using WearableAI.Hub.Rollout;
using WearableAI.Hub.Storage;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Ingest;

/// <summary>
/// The pipeline's data endpoints: events, results, arbitrations, the hub model, per-device thresholds
/// and model rollouts. Lists are newest first; <c>limit</c> is 1..1000 (default 100). A query value out of range
/// or not an id is answered 400 with a problem detail that names it.
/// </summary>
public static class PipelineApi
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;

    public static WebApplication MapPipelineApi(this WebApplication app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("pipeline");
        api.MapGet("/events", async (FrameLog log, string? device, string? kind, int? limit, CancellationToken ct) =>
            QueryProblem(limit, ("device", device), kind is null || Enum.TryParse<FrameKind>(kind, ignoreCase: true, out _) ? null : KindProblem(kind))
                ?? TypedResults.Ok(await log.ListAsync(device, kind, limit ?? DefaultLimit, ct).ConfigureAwait(false)))
            .WithSummary("Frames received from devices (?device=&kind=&limit=).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/results", async (ResultStore store, string? device, int? limit, CancellationToken ct) =>
            QueryProblem(limit, ("device", device)) ?? TypedResults.Ok(await store.ListAsync(device, limit ?? DefaultLimit, ct).ConfigureAwait(false)))
            .WithSummary("Results sent to devices (?device=&limit=).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/arbitrations", async (ArbitrationLog log, string? group, int? limit, CancellationToken ct) =>
            QueryProblem(limit, ("group", group)) ?? TypedResults.Ok(await log.ListAsync(group, limit ?? DefaultLimit, ct).ConfigureAwait(false)))
            .WithSummary("Multi-device wake decisions with every candidate (?group=&limit=).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/model", (IKeywordModel model) => TypedResults.Ok(new { available = model.Manifest is not null, reason = model.UnavailableReason, manifest = model.Manifest }))
            .WithSummary("The hub model's manifest, or why none is loaded.");
        api.MapGet("/devices/{id}/threshold", ThresholdAsync).WithSummary("A device's adapted wake threshold.");
        api.MapGet("/devices/{id}/rollout", DeviceRolloutAsync).WithSummary("A device's model rollout progress.");
        api.MapGet("/rollouts", async (RolloutStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct).ConfigureAwait(false)))
            .WithSummary("Model rollouts with each device's state.");
        api.MapPost("/rollouts", StartRolloutAsync).WithSummary("Roll the watch model blob out to a group, optionally canary first ({group, canary, canaryDevice}).");
        return app;
    }

    /// <summary>A 400 answer naming the first bad query value (limit out of range, an id that is not one, <paramref name="other"/>), or null.</summary>
    private static IResult? QueryProblem(int? limit, (string Name, string? Value) id, string? other = null)
    {
        string? detail = limit is < 1 or > MaxLimit ? $"'limit' must be 1..{MaxLimit}, got {limit}."
            : id.Value is not null && !HubTopics.IsValidId(id.Value) ? $"'{id.Name}' must be an id: 1..32 characters of a-z, 0-9, '_' and '-'."
            : other;
        return detail is null ? null : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
    }

    private static string KindProblem(string kind) =>
        $"'kind' must be one of {string.Join(", ", Enum.GetNames<FrameKind>())}, got '{kind}'.";

    private static async Task<Results<Ok<DeviceThreshold>, ProblemHttpResult>> ThresholdAsync(string id, DeviceStore devices, DeviceThresholds thresholds, CancellationToken ct) =>
        await devices.FindAsync(id, ct).ConfigureAwait(false) is null
            ? NotFound(id)
            : TypedResults.Ok(await thresholds.GetAsync(id, ct).ConfigureAwait(false));

    private static async Task<Results<Ok<IReadOnlyList<DeviceRolloutRecord>>, ProblemHttpResult>> DeviceRolloutAsync(string id, DeviceStore devices, RolloutStore store, CancellationToken ct) =>
        await devices.FindAsync(id, ct).ConfigureAwait(false) is null
            ? NotFound(id)
            : TypedResults.Ok(await store.ForDeviceAsync(id, ct).ConfigureAwait(false));

    private static async Task<Results<Created<RolloutRecord>, ProblemHttpResult>> StartRolloutAsync(StartRolloutRequest? request, ModelRollout rollout, CancellationToken ct)
    {
        if (request?.Group is null || !HubTopics.IsValidId(request.Group))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "'group' is required: 1..32 characters of a-z, 0-9, '_' and '-'.");
        }

        try
        {
            RolloutRecord started = await rollout.StartAsync(request, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/rollouts/{started.Id}", started);
        }
        catch (InvalidOperationException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot start the rollout", detail: e.Message);
        }
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such device", detail: $"No device has the id '{id}'.");
}
