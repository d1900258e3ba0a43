using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WearableAI.Hub.Storage;

/// <summary>Ready when the migrations have run and the database answers a query.</summary>
public sealed class StorageHealthCheck(HubDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.IsReady)
        {
            return HealthCheckResult.Unhealthy("storage migrations have not run yet");
        }

        try
        {
            await using DbConnection connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            using DbCommand command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (DbException ex)
        {
            return HealthCheckResult.Unhealthy("storage does not answer", ex);
        }
    }
}
