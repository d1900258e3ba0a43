using Microsoft.AspNetCore.Http.HttpResults;
using WearableAI.Hub.Api;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Inference;

/// <summary>Registers the hub model (ONNX Runtime session, once) and the per-device wake thresholds; maps <c>GET /api/model</c> and <c>GET /api/devices/{id}/threshold</c>.</summary>
public static class InferenceExtensions
{
    public static IServiceCollection AddHubInference(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InferenceOptions>().Bind(configuration.GetSection(InferenceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IKeywordModel, OnnxKeywordModel>();
        services.AddSingleton<DeviceThresholds>();
        return services;
    }

    public static WebApplication MapInferenceApi(this WebApplication app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags(ApiQuery.Tag);
        api.MapGet("/model", (IKeywordModel model) => TypedResults.Ok(new { available = model.Manifest is not null, reason = model.UnavailableReason, manifest = model.Manifest }))
            .WithSummary("The hub model's manifest, or why none is loaded.");
        api.MapGet("/devices/{id}/threshold", ThresholdAsync).WithSummary("A device's adapted wake threshold.");
        return app;
    }

    private static async Task<Results<Ok<DeviceThreshold>, ProblemHttpResult>> ThresholdAsync(string id, DeviceStore devices, DeviceThresholds thresholds, CancellationToken ct) =>
        await devices.FindAsync(id, ct).ConfigureAwait(false) is null
            ? ApiQuery.NoSuchDevice(id)
            : TypedResults.Ok(await thresholds.GetAsync(id, ct).ConfigureAwait(false));
}
