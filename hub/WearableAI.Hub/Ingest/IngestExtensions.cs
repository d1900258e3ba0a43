using WearableAI.Hub.Api;
using WearableAI.Shared.Protocol;

namespace WearableAI.Hub.Ingest;

/// <summary>Registers receiving (the frame ingest service, its rate limit, the <c>events</c> table and its retention) and maps <c>GET /api/events</c>.</summary>
public static class IngestExtensions
{
    public static IServiceCollection AddHubIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FrameLog>();
        services.AddSingleton<DeviceRateLimiter>();
        services.AddSingleton<FramePipeline>();
        services.AddHostedService<FrameIngestService>();
        services.AddSingleton<EventRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<EventRetentionService>());
        return services;
    }

    public static WebApplication MapIngestApi(this WebApplication app)
    {
        app.MapGet("/api/events", async (FrameLog log, string? device, string? kind, int? limit, CancellationToken ct) =>
            ApiQuery.Problem(limit, ("device", device), kind is null || Enum.TryParse<FrameKind>(kind, ignoreCase: true, out _) ? null : KindProblem(kind))
                ?? TypedResults.Ok(await log.ListAsync(device, kind, limit ?? ApiQuery.DefaultLimit, ct).ConfigureAwait(false)))
            .WithTags(ApiQuery.Tag)
            .WithSummary("Frames received from devices (?device=&kind=&limit=).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static string KindProblem(string kind) =>
        $"'kind' must be one of {string.Join(", ", Enum.GetNames<FrameKind>())}, got '{kind}'.";
}
