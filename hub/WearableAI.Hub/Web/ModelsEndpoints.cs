using System.Text.Json;
using Microsoft.Extensions.Options;
using WearableAI.Hub.Storage;

namespace WearableAI.Hub.Web;

/// <summary><c>GET /api/models</c>: the model versions and evaluation metrics of the models folder's manifest.</summary>
public static class ModelsEndpoints
{
    /// <summary>Maps the models endpoint.</summary>
    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/models", GetAsync)
            .WithTags("models")
            .WithSummary("Model versions and evaluation metrics from manifest.json in the models folder (Hub:Models:Folder).")
            .Produces<ModelCatalog>()
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        return app;
    }

    private static async Task<IResult> GetAsync(IOptions<ModelsOptions> models, IOptions<StorageOptions> storage, CancellationToken cancellationToken)
    {
        string folder = models.Value.Resolve(storage.Value.ResolvedDataFolder);
        try
        {
            return TypedResults.Json(await ModelCatalog.ReadAsync(folder, cancellationToken).ConfigureAwait(false), AppJson.Options);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "Unreadable model manifest",
                detail: $"{ModelCatalog.ManifestName} in the models folder is not valid JSON: {ex.Message}");
        }
    }
}
