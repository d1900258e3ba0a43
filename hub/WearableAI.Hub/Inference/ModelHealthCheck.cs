using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WearableAI.Hub.Inference;

/// <summary>
/// Degraded (still ready: the hub answers wake candidates as unverified) when shipped models could not be
/// loaded: a refused manifest or a broken model file. Healthy with a model, and while no models are shipped yet.
/// </summary>
public sealed class ModelHealthCheck(ShippedManifest shipped, IKeywordModel model) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(model.Manifest is not null || shipped.Problem == ModelManifestProblem.Missing
            ? HealthCheckResult.Healthy(model.UnavailableReason)
            : HealthCheckResult.Degraded(model.UnavailableReason));
}
