using WearableAI.Hub.Tests.Support;

namespace WearableAI.Hub.Tests.Resilience;

/// <summary>
/// The hostile MQTT.js client (<c>Resilience/mqttjs/hostile.mjs</c>, Node 20). Its packages come from the npm
/// registry through the committed lock file (<c>npm ci</c>, once, when <c>node_modules</c> is missing); nothing is
/// fetched while a test runs.
/// </summary>
public static class MqttJs
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>The script's folder in the source tree.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryFolders.Root, "tests", "WearableAI.Hub.Tests", "Resilience", "mqttjs");

    /// <summary>Starts <c>node hostile.mjs url id secret mode [count] [target]</c>.</summary>
    public static async Task<ChildProcess> StartAsync(int port, string deviceId, string secret, string mode, int count = 20, string target = "")
    {
        await EnsureInstalledAsync();
        return ChildProcess.Start("node", Path.Combine(Folder, "hostile.mjs"), $"mqtt://127.0.0.1:{port}", deviceId, secret, mode, count.ToString(System.Globalization.CultureInfo.InvariantCulture), target);
    }

    /// <summary>Runs a mode to its end; returns the summary line the script prints.</summary>
    public static async Task<string> RunAsync(int port, string deviceId, string secret, string mode, int count = 20, string target = "")
    {
        await using ChildProcess node = await StartAsync(port, deviceId, secret, mode, count, target);
        int exit = await node.WaitForExitAsync();
        Assert.True(exit == 0, $"hostile.mjs {mode} exited with {exit}: {node.Errors}");
        return node.Output.Split('\n').Last(l => l.StartsWith('{'));
    }

    private static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", "mqtt")))
            {
                await using ChildProcess npm = ChildProcess.Start("npm", "ci", "--prefix", Folder, "--no-audit", "--no-fund");
                int exit = await npm.WaitForExitAsync(TimeSpan.FromMinutes(5));
                Assert.True(exit == 0, $"npm ci in {Folder} failed: {npm.Errors}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }
}
