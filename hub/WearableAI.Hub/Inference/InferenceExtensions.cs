using Microsoft.AspNetCore.Http.HttpResults;
using WearableAI.Hub.Api;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Inference;

/// <summary>
/// Registers the shipped manifest (read once), the hub model (ONNX Runtime session, once), its health check and the
/// per-device wake thresholds; maps <c>GET /api/models</c> and <c>GET /api/devices/{id}/threshold</c>.
/// </summary>
public static class InferenceExtensions
{
    public static IServiceCollection AddHubInference(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InferenceOptions>().Bind(configuration.GetSection(InferenceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ShippedManifest>();
        services.AddSingleton<IKeywordModel, OnnxKeywordModel>();
        services.AddHealthChecks().AddCheck<ModelHealthCheck>("model", tags: ["ready"]);
        services.AddSingleton<DeviceThresholds>();
        return services;
    }

    public static WebApplication MapInferenceApi(this WebApplication app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags(ApiQuery.Tag);
        api.MapGet("/models", (ShippedManifest shipped, IKeywordModel model) =>
                TypedResults.Ok(new ModelsStatus(model.Manifest is not null, model.UnavailableReason, shipped.Manifest)))
            .WithTags("models")
            .WithSummary("The shipped models (manifest.json in Hub:Inference:ModelsFolder, read at startup): version, vocabulary, thresholds, headline figures; or why none is loaded.");
        api.MapGet("/devices/{id}/threshold", ThresholdAsync).WithSummary("A device's adapted wake threshold.");
        return app;
    }

    private static async Task<Results<Ok<DeviceThreshold>, ProblemHttpResult>> ThresholdAsync(string id, DeviceStore devices, DeviceThresholds thresholds, CancellationToken ct) =>
        await devices.FindAsync(id, ct).ConfigureAwait(false) is null
            ? ApiQuery.NoSuchDevice(id)
            : TypedResults.Ok(await thresholds.GetAsync(id, ct).ConfigureAwait(false));
}
