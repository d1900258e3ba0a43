using Npgsql;
using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Cluster;

/// <summary>
/// Mosquitto, Redis and PostgreSQL started by scripts/lib/cluster-services.sh in a temporary folder, stopped by
/// their PIDs on dispose. Each test asks for a database of its own (<see cref="CreateDatabaseAsync"/>).
/// </summary>
public sealed class ClusterServices : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wai-cluster-").FullName;
    private readonly string[] _services = ["mosquitto", "redis", "postgres"];
    private Dictionary<string, string> _values = [];

    public static string Script { get; } = Path.Combine(RepositoryRoot(), "scripts", "lib", "cluster-services.sh");

    public int MqttPort => int.Parse(Value("MQTT_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    public int RedisPort => int.Parse(Value("REDIS_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The server's maintenance database (<c>postgres</c>); tests use <see cref="CreateDatabaseAsync"/>.</summary>
    public string PostgresConnection => Value("POSTGRES_CONNECTION");

    /// <summary>The process ids the script reported, by service.</summary>
    public IReadOnlyDictionary<string, int> Pids => _values.Where(v => v.Key.EndsWith("_PID", StringComparison.Ordinal))
        .ToDictionary(v => v.Key, v => int.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Lazy<string> Missing = new(Probe);

    /// <summary>The programs the script needs that are not installed (empty when all are); asked once per test run.</summary>
    public static string MissingPrograms() => Missing.Value;

    private static string Probe()
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add("missing");
        using var process = System.Diagnostics.Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? "" : output;
    }

    /// <summary>False only on a developer machine without the programs (the tests then skip, <see cref="ClusterFactAttribute"/>).</summary>
    public bool Started { get; private set; }

    /// <summary>True when the tests must run: every program is installed, or this is CI.</summary>
    public static bool MustRun => MissingPrograms().Length == 0 || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        if (!MustRun)
        {
            return;
        }

        await using ChildProcess start = ChildProcess.Start("bash", [Script, "start", _folder, .. _services]);
        int exit = await start.WaitForExitAsync(TimeSpan.FromSeconds(120));
        Assert.True(exit == 0, $"cluster-services.sh start failed ({exit}):\n{start.Output}\n{start.Errors}");
        _values = (await File.ReadAllLinesAsync(Path.Combine(_folder, "services.env")))
            .Select(line => line.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        Started = true;
    }

    /// <summary>A new, empty database on the PostgreSQL server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        string name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(PostgresConnection))
        {
            await connection.OpenAsync();
            await using NpgsqlCommand create = new($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(PostgresConnection) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the services by PID (the script's stop); idempotent.</summary>
    public async Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using ChildProcess stop = ChildProcess.Start("bash", Script, "stop", _folder);
        Assert.Equal(0, await stop.WaitForExitAsync(TimeSpan.FromSeconds(120)));
    }

    public async Task DisposeAsync()
    {
        if (Started)
        {
            await StopAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string Value(string key) => _values.TryGetValue(key, out string? value)
        ? value
        : throw new InvalidOperationException($"{key} was not started (services: {string.Join(", ", _services)})");

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WearableAI.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("WearableAI.sln not found above " + AppContext.BaseDirectory);
    }
}
