using WearableAI.Hub.Api;

namespace WearableAI.Hub.Arbitration;

/// <summary>Registers wake arbitration (rounds, the decision's effects, the <c>arbitrations</c> table) and maps <c>GET /api/arbitrations</c>.</summary>
public static class ArbitrationExtensions
{
    public static IServiceCollection AddHubArbitration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArbitrationOptions>().Bind(configuration.GetSection(ArbitrationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ArbitrationLog>();
        services.AddSingleton<WakeOutcomes>();
        services.AddSingleton<WakeArbiter>();
        return services;
    }

    public static WebApplication MapArbitrationApi(this WebApplication app)
    {
        app.MapGet("/api/arbitrations", async (ArbitrationLog log, string? group, int? limit, CancellationToken ct) =>
            ApiQuery.Problem(limit, ("group", group)) ?? TypedResults.Ok(await log.ListAsync(group, limit ?? ApiQuery.DefaultLimit, ct).ConfigureAwait(false)))
            .WithTags(ApiQuery.Tag)
            .WithSummary("Multi-device wake decisions with every candidate (?group=&limit=).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
