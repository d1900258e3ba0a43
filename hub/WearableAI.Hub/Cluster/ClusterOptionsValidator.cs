using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace WearableAI.Hub.Cluster;

/// <summary>Checks the Cluster settings at startup; each failure names the setting to fix.</summary>
public sealed partial class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        if (!options.IsCluster)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.PostgreSql))
        {
            failures.Add("Hub:Cluster:PostgreSql (the PostgreSQL connection string, Host=…;Port=…;Username=…;Database=…) is required in Cluster mode.");
        }
        else if (!HasHost(options.PostgreSql))
        {
            failures.Add("Hub:Cluster:PostgreSql must be an Npgsql connection string with a Host (Host=…;Port=…;Username=…;Database=…).");
        }

        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            failures.Add("Hub:Cluster:Redis (the Redis of the Orleans membership table, host:port) is required in Cluster mode.");
        }
        else if (!HasEndpoint(options.Redis))
        {
            failures.Add($"Hub:Cluster:Redis must be a StackExchange.Redis connection string with an endpoint (host:port), got '{options.Redis}'.");
        }

        if (options.SiloPort is < 0 or > 65535)
        {
            failures.Add($"Hub:Cluster:SiloPort must be 0 (a free port) or 1..65535 (got {options.SiloPort}).");
        }

        if (!IPAddress.TryParse(options.SiloAddress, out _))
        {
            failures.Add($"Hub:Cluster:SiloAddress must be an IP address the other workers reach (got '{options.SiloAddress}').");
        }

        if (!ShareGroupName().IsMatch(options.ShareGroup))
        {
            failures.Add($"Hub:Cluster:ShareGroup must be 1..64 characters of a-z, 0-9, '-' and '_' (got '{options.ShareGroup}').");
        }

        if (!WorkerName().IsMatch(options.ResolvedWorkerId))
        {
            failures.Add($"Hub:Cluster:WorkerId must be 1..64 characters of letters, digits, '-', '_' and '.' (got '{options.ResolvedWorkerId}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool HasHost(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool HasEndpoint(string connectionString)
    {
        try
        {
            return ConfigurationOptions.Parse(connectionString).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9_-]{1,64}$")]
    private static partial Regex ShareGroupName();

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex WorkerName();
}
