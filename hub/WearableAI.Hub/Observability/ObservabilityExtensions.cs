using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace WearableAI.Hub.Observability;

/// <summary>Logs, metrics (OpenTelemetry → Prometheus, the pipeline's counters, the System page's figures) and health endpoints.</summary>
public static class ObservabilityExtensions
{
    public static WebApplicationBuilder AddHubObservability(this WebApplicationBuilder builder)
    {
        ObservabilityOptions settings = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new();
        builder.Services.AddOptions<ObservabilityOptions>().Bind(builder.Configuration.GetSection(ObservabilityOptions.Section));
        if (settings.JsonConsole)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
        }

        // A failed start is reported by RunHubAsync as one line; the host's own stack trace is noise there.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddSingleton<HubMetrics>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(HubMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        builder.Services.AddSingleton<SystemStats>();
        builder.Services.AddSingleton<PipelineMetrics>();
        builder.Services.AddHealthChecks(); // each room adds its own readiness check (storage, broker)
        return builder;
    }

    /// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (storage and broker up).</summary>
    public static WebApplication MapHubHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    /// <summary>Prometheus text format at <c>/metrics</c>.</summary>
    public static WebApplication MapHubMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
