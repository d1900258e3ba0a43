using WearableAI.Hub.Api;

namespace WearableAI.Hub.ResultDelivery;

/// <summary>Registers result delivery (publisher, store, event receipts, action codes, the hub's sequence numbers) and maps <c>GET /api/results</c>.</summary>
public static class ResultDeliveryExtensions
{
    public static IServiceCollection AddHubResultDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResultOptions>().Bind(configuration.GetSection(ResultOptions.Section));
        services.AddSingleton<HubSequences>();
        services.AddSingleton<ActionCodes>();
        services.AddSingleton<ResultStore>();
        services.AddSingleton<ResultPublisher>();
        services.AddSingleton<EventReceipts>();
        return services;
    }

    public static WebApplication MapResultApi(this WebApplication app)
    {
        app.MapGet("/api/results", async (ResultStore store, string? device, int? limit, CancellationToken ct) =>
            ApiQuery.Problem(limit, ("device", device)) ?? TypedResults.Ok(await store.ListAsync(device, limit ?? ApiQuery.DefaultLimit, ct).ConfigureAwait(false)))
            .WithTags(ApiQuery.Tag)
            .WithSummary("Results sent to devices (?device=&limit=).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
