using System.Diagnostics;
using System.Globalization;

namespace WearableAI.HubLoad.Workers;

/// <summary>
/// Mosquitto, Redis and PostgreSQL started by <c>scripts/lib/cluster-services.sh start</c> in a temporary folder and
/// stopped by the script (by their PIDs) on dispose: the services a program outside the tests (the bench) runs workers on.
/// </summary>
public sealed class ClusterServiceFolder : IAsyncDisposable
{
    private readonly string _script;
    private readonly Dictionary<string, string> _values;

    private ClusterServiceFolder(string script, string folder, Dictionary<string, string> values)
    {
        _script = script;
        Folder = folder;
        _values = values;
    }

    /// <summary>The folder holding the services' data, logs and <c>services.env</c>.</summary>
    public string Folder { get; }

    public int MqttPort => int.Parse(_values["MQTT_PORT"], CultureInfo.InvariantCulture);

    public int RedisPort => int.Parse(_values["REDIS_PORT"], CultureInfo.InvariantCulture);

    /// <summary>The services' main process ids (Mosquitto, Redis, the PostgreSQL postmaster).</summary>
    public IReadOnlyList<int> Pids => [.. _values.Where(v => v.Key.EndsWith("_PID", StringComparison.Ordinal)).Select(v => int.Parse(v.Value, CultureInfo.InvariantCulture))];

    /// <summary>The server's maintenance database; <see cref="CreateDatabaseAsync"/> makes one per deployment.</summary>
    public string PostgresConnection => _values["POSTGRES_CONNECTION"];

    /// <summary>Starts the three services with the script found above the current folder.</summary>
    public static async Task<ClusterServiceFolder> StartAsync(string script)
    {
        string folder = Directory.CreateTempSubdirectory("wai-cluster-").FullName;
        (int exit, string output) = await RunAsync(script, "start", folder);
        if (exit != 0)
        {
            throw new InvalidOperationException($"cluster-services.sh start failed ({exit}): {output}");
        }

        var values = (await File.ReadAllLinesAsync(Path.Combine(folder, "services.env")))
            .Select(line => line.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        return new ClusterServiceFolder(script, folder, values);
    }

    /// <summary>The script in a repository checkout above <paramref name="start"/>, or null.</summary>
    public static string? FindScript(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "scripts", "lib", "cluster-services.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A new, empty database on the server (each deployment starts from an empty store); its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        // psql comes with the postgresql package the script needs (its newest version, as the script picks initdb's).
        string psql = Path.Combine(Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).Last(), "bin", "psql");
        string port = _values["POSTGRES_PORT"];
        (int exit, string output) = await RunProcessAsync(psql, "-h", "127.0.0.1", "-p", port, "-U", "wai", "-d", "postgres", "-c", $"CREATE DATABASE {name}");
        return exit == 0
            ? PostgresConnection.Replace("Database=postgres", $"Database={name}", StringComparison.Ordinal)
            : throw new InvalidOperationException($"CREATE DATABASE {name} failed: {output}");
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync(_script, "stop", Folder);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // PostgreSQL's files belong to the postgres user; a temporary folder anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static Task<(int Exit, string Output)> RunAsync(string script, params string[] arguments) =>
        RunProcessAsync("bash", [script, .. arguments]);

    private static async Task<(int Exit, string Output)> RunProcessAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output) + (await errors));
    }
}
