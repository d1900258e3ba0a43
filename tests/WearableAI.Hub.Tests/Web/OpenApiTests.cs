using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Web;

/// <summary>The OpenAPI description (<c>/openapi/v1.json</c>) lists every REST endpoint the hub maps, with its method.</summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    private readonly HubApp _hub = new();

    public async Task InitializeAsync() => await _hub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Every_api_endpoint_the_hub_maps_is_in_the_openapi_description_with_its_method()
    {
        using HttpClient http = _hub.CreateClient();
        using JsonDocument openApi = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        JsonElement paths = openApi.RootElement.GetProperty("paths");
        HashSet<string> described = [];
        foreach (JsonProperty path in paths.EnumerateObject())
        {
            foreach (JsonProperty operation in path.Value.EnumerateObject())
            {
                described.Add($"{operation.Name.ToUpperInvariant()} {path.Name.TrimEnd('/')}");
            }
        }

        string[] mapped = MappedApiEndpoints();

        Assert.True(mapped.Length >= 17, $"only {mapped.Length} endpoints found under /api: {string.Join(", ", mapped)}");
        Assert.Empty(mapped.Except(described));
    }

    /// <summary>"METHOD /api/…" of every route endpoint under /api, from the hub's own routing table.</summary>
    private string[] MappedApiEndpoints() =>
    [
        .. _hub.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {"/" + e.RoutePattern.RawText!.Trim('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];
}
