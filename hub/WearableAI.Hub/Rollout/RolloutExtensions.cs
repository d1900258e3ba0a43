using Microsoft.AspNetCore.Http.HttpResults;
using WearableAI.Hub.Api;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Rollout;

/// <summary>Registers model rollout (the watch blob, the rollout table, the chunk sender) and maps its endpoints.</summary>
public static class RolloutExtensions
{
    public static IServiceCollection AddHubRollout(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RolloutOptions>().Bind(configuration.GetSection(RolloutOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WatchBlob>();
        services.AddSingleton<RolloutStore>();
        services.AddSingleton<ModelRollout>();
        return services;
    }

    public static WebApplication MapRolloutApi(this WebApplication app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags(ApiQuery.Tag);
        api.MapGet("/devices/{id}/rollout", DeviceRolloutAsync).WithSummary("A device's model rollout progress.");
        api.MapGet("/rollouts", async (RolloutStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct).ConfigureAwait(false)))
            .WithSummary("Model rollouts with each device's state.");
        api.MapPost("/rollouts", StartRolloutAsync).WithSummary("Roll the watch model blob out to a group, optionally canary first ({group, canary, canaryDevice}).");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<DeviceRolloutRecord>>, ProblemHttpResult>> DeviceRolloutAsync(string id, DeviceStore devices, RolloutStore store, CancellationToken ct) =>
        await devices.FindAsync(id, ct).ConfigureAwait(false) is null
            ? ApiQuery.NoSuchDevice(id)
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
}
