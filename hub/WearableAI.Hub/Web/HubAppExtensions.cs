using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WearableAI.Hub.Observability;

namespace WearableAI.Hub.Web;

/// <summary>The hub app: its static page (wwwroot/) and the endpoints it reads (timeline, system; the models are Inference's).</summary>
public static class HubAppExtensions
{
    // The page loads only its own files and talks only to its own hub.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Registers the clock the app's endpoints read (its figures live in Observability's <see cref="SystemStats"/>).</summary>
    public static IServiceCollection AddHubApp(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Serves wwwroot/ (index.html at <c>/</c>) and maps the app's API endpoints.</summary>
    public static WebApplication MapHubApp(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<SystemStats>(); // uptime counts from here
        IFileProvider files = PageFiles(app.Environment);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                // No build step and no fingerprints: always revalidate, so an updated hub serves its new page.
                context.Context.Response.Headers.CacheControl = "no-cache";
                context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
        app.MapTimelineApi();
        app.MapSystemApi();
        return app;
    }

    /// <summary>wwwroot/ beside the binary (copied there at build), else the host's web root (a source checkout).</summary>
    private static IFileProvider PageFiles(IWebHostEnvironment environment)
    {
        string besideBinary = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return File.Exists(Path.Combine(besideBinary, "index.html")) ? new PhysicalFileProvider(besideBinary) : environment.WebRootFileProvider;
    }
}
