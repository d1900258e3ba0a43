namespace WearableAI.Hub.Web;

/// <summary>The web listener, OpenAPI, the remote-access rule and problem answers to requests that do not bind.</summary>
public static class WebExtensions
{
    public static WebApplicationBuilder AddHubWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        string? urls = builder.Configuration[$"{WebOptions.Section}:Urls"];
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? new WebOptions().Urls : urls);
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // BadRequestProblems answers them
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UseHubRemoteAccess(this WebApplication app)
    {
        app.UseMiddleware<RemoteAccessMiddleware>();
        app.UseMiddleware<BadRequestProblems>();
        return app;
    }
}
